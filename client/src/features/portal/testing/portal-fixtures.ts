import type { TMatch, TMe, TPublicPlace } from '@kansplek/api/contract';
import type { FakeAnswer, RecordedRequest } from '@/testing/fake-fetch';
import { secondFactorFixture } from '@/testing/fixtures';

export const PLACE_ID = '665f1c2ab5c0f1a2b3c4d501';
export const OTHER_PLACE_ID = '665f1c2ab5c0f1a2b3c4d502';
export const MATCH_ID = '665f1c2ab5c0f1a2b3c4d701';
const CANDIDATE = { id: '665f1c2ab5c0f1a2b3c4d601', fullName: 'Youssef El Amrani', cv: null };
const CONSULTANT = { id: '665f1c2ab5c0f1a2b3c4d801', name: 'Carla Consulent' };

export function meFixture(role: TMe['role']): TMe {
  return {
    id: '665f1c2ab5c0f1a2b3c4d5e0',
    email: 'kandidaat@kansplek.nl',
    name: 'Youssef El Amrani',
    role,
    locale: 'nl',
    organisation: { id: '665f1c2ab5c0f1a2b3c4d5e1', kind: 'service_point', name: 'WSP' },
    secondFactor: secondFactorFixture(role),
  };
}

export function openPlaceFixture(overrides: Partial<TPublicPlace> = {}): TPublicPlace {
  return {
    id: PLACE_ID,
    kind: 'job',
    title: 'Schoonmaker kantoren',
    description: 'Kantoren schoonmaken in de ochtend.',
    occupation: { iscoCode: '9112', label: 'Schoonmaker' },
    sector: 'cleaning',
    requiredSkills: ['schoonmaken'],
    desirableSkills: [],
    hours: { min: 24, max: 32 },
    startDate: '2026-12-01',
    durationMonths: null,
    positions: 1,
    requirements: { drivingLicence: false, dutchLevel: null, educationLevel: null },
    support: [],
    status: 'open',
    employer: { name: 'Bouwbedrijf Rijn' },
    location: { postcode: '6811AA', city: 'Arnhem', location: { lat: 51.98, lng: 5.9 } },
    ...overrides,
  };
}

/** A match as the candidate receives it: by default an introduction waiting for their answer. */
export function candidateMatchFixture(overrides: Partial<TMatch> = {}): TMatch {
  return {
    id: MATCH_ID,
    placeId: PLACE_ID,
    place: {
      id: PLACE_ID,
      title: 'Schoonmaker kantoren',
      contractorName: 'Bouwbedrijf Rijn',
      displacement: 'none',
    },
    candidate: CANDIDATE,
    stage: 'shortlisted',
    source: 'proposal',
    score: null,
    overriddenConstraints: [],
    dismissal: null,
    introduction: { requestedAt: '2026-11-20T10:00:00.000Z', requestedBy: CONSULTANT, consent: null },
    interview: null,
    trial: null,
    employment: null,
    nextStages: ['introduced', 'declined'],
    timeline: [],
    version: 4,
    createdAt: '2026-11-18T10:00:00.000Z',
    ...overrides,
  };
}

export const pageOf = (data: TMatch[]) => ({
  data,
  page: { page: 1, limit: 10, total: data.length, pages: data.length ? 1 : 0 },
});

/** The API as the portal uses it; `answer` decides the rest (writes, mostly). */
export function portalApi(answer: (request: RecordedRequest) => FakeAnswer | undefined) {
  return (request: RecordedRequest): FakeAnswer => {
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    return answer(request) ?? { status: 404, body: { error: { code: 'not_found', message: 'nope' } } };
  };
}
