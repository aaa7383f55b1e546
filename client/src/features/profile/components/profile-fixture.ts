import type { TOwnCandidateProfile } from '@kansplek/api/contract';

/** An own profile as the API returns it, for component tests. */
export function ownProfileFixture(overrides: Partial<TOwnCandidateProfile> = {}): TOwnCandidateProfile {
  const noConsent = { given: false, at: null, by: null, inPerson: false };
  return {
    id: '665f1c2ab5c0f1a2b3c4d5e6',
    firstName: 'Youssef',
    lastName: 'El Amrani',
    email: 'youssef@example.nl',
    phone: '06 12345678',
    consultant: { id: '665f1c2ab5c0f1a2b3c4d5e7', name: 'Sanne de Vries' },
    skills: ['schoonmaken'],
    occupations: [{ iscoCode: '9112', label: 'Schoonmaker kantoren en hotels' }],
    educationLevel: 'mbo1',
    dutchLevel: 'B1',
    drivingLicence: false,
    hoursWanted: { min: 16, max: 24 },
    availableFrom: '2026-05-01',
    travel: { maxKm: 10, mode: 'bike' },
    preferredSectors: ['cleaning'],
    preferredPlaceKinds: ['job'],
    status: 'active',
    waitingSince: '2025-11-01',
    consent: { matching: noConsent, sharing: noConsent },
    version: 4,
    address: {
      street: 'Jansstraat',
      houseNumber: '4',
      postcode: '6811 AB',
      city: 'Arnhem',
      municipalityCode: 'GM0202',
      location: { lat: 51.98, lng: 5.9 },
    },
    workExperience: [],
    education: [],
    cvSummary: 'Betrouwbaar en punctueel.',
    ...overrides,
  };
}
