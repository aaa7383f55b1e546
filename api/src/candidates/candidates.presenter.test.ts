import { Types } from 'mongoose';
import type { CandidateDoc } from './candidates.model';
import {
  presentCandidateDetail,
  presentCandidateForContractor,
  presentCandidateListItem,
  presentOwnCandidateProfile,
  type CandidateRelations,
} from './candidates.presenter';

const consultantId = new Types.ObjectId();
const userId = new Types.ObjectId();

function storedCandidate(overrides: Partial<CandidateDoc> = {}): CandidateDoc {
  return {
    _id: new Types.ObjectId(),
    firstName: 'Youssef',
    lastName: 'El Amrani',
    fullName: 'Youssef El Amrani',
    sortName: 'el amrani youssef',
    email: 'youssef@example.nl',
    phone: '06 12345678',
    address: {
      street: 'Jansstraat',
      houseNumber: '4',
      postcode: '6811 AB',
      city: 'Arnhem',
      municipalityCode: 'GM0202',
      location: { lat: 51.98, lng: 5.9 },
    },
    municipalityCode: 'GM0202',
    regionId: new Types.ObjectId(),
    servicePointId: new Types.ObjectId(),
    consultantId,
    userId,
    skills: ['schoonmaken'],
    occupations: [{ iscoCode: '9112', label: 'Schoonmaker kantoren en hotels' }],
    workExperience: [
      { title: 'Schoonmaker', employer: 'CSU', iscoCode: '9112', from: '2020-01-01', to: null },
    ],
    education: [{ level: 'mbo1', programme: 'Entree', completed: true, year: 2019 }],
    educationLevel: 'mbo1',
    dutchLevel: 'B1',
    drivingLicence: false,
    hoursWanted: { min: 16, max: 24 },
    availableFrom: '2026-05-01',
    travel: { maxKm: 10, mode: 'bike' },
    preferredSectors: ['cleaning'],
    preferredPlaceKinds: ['job'],
    cvSummary: 'Betrouwbaar en punctueel.',
    targetGroups: ['status_holder'],
    benefitType: 'participatiewet',
    benefitSince: '2023-01-01',
    birthDate: '1970-05-01',
    supportNeeds: ['language_support'],
    supportNote: 'Taalcursus op dinsdag',
    consent: {
      matching: { given: true, at: new Date('2026-01-05'), inPerson: true },
      sharing: { given: true, at: new Date('2026-01-05'), inPerson: true },
    },
    consentHistory: [],
    status: 'active',
    waitingSince: '2025-11-01',
    searchVersion: 3,
    indexedVersion: 2,
    erasedAt: null,
    version: 2,
    createdAt: new Date('2025-11-01'),
    updatedAt: new Date('2026-01-05'),
    ...overrides,
  } as unknown as CandidateDoc;
}

const related: CandidateRelations = new Map([
  [String(consultantId), { name: 'Sanne de Vries', status: 'active' }],
  [String(userId), { name: 'Youssef El Amrani', status: 'active' }],
]);

const SENSITIVE = [
  'sensitive',
  'targetGroups',
  'benefitType',
  'benefitSince',
  'birthDate',
  'supportNeeds',
  'supportNote',
];
const INTERNAL = ['searchVersion', 'indexedVersion', 'erasedAt', 'servicePointId', 'fullName', 'sortName'];
const CONTRACTOR_FIELDS = ['cvSummary', 'firstName', 'id', 'lastName'];

const keysDeep = (value: unknown): string[] =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => [key, ...keysDeep(inner)])
    : [];

describe('which candidate fields each role receives', () => {
  it.each([
    ['consultant (list)', () => presentCandidateListItem(storedCandidate(), related), [], SENSITIVE],
    ['consultant (detail)', () => presentCandidateDetail(storedCandidate(), related), SENSITIVE, []],
    ['candidate (own profile)', () => presentOwnCandidateProfile(storedCandidate(), related), [], SENSITIVE],
    [
      'contractor (introduced with consent)',
      () => presentCandidateForContractor(storedCandidate(), { introducedWithConsent: true }),
      CONTRACTOR_FIELDS,
      [...SENSITIVE, 'email', 'phone', 'address', 'skills', 'consent', 'workExperience'],
    ],
  ])('%s', (_role, present, mustHave, mustNotHave) => {
    const keys = keysDeep(present());
    expect(keys).toEqual(expect.arrayContaining(mustHave));
    for (const key of [...mustNotHave, ...INTERNAL]) expect(keys).not.toContain(key);
  });

  it('a contractor receives exactly the name and the CV summary', () => {
    const shown = presentCandidateForContractor(storedCandidate(), { introducedWithConsent: true });
    expect(Object.keys(shown!).sort()).toEqual(CONTRACTOR_FIELDS);
    expect(JSON.stringify(shown)).not.toMatch(
      /status_holder|participatiewet|language_support|Taalcursus|1970-05-01/,
    );
  });

  it.each([
    ['not introduced with consent', { introducedWithConsent: false }, {}],
    [
      'sharing consent withdrawn since',
      { introducedWithConsent: true },
      { consent: { matching: { given: true }, sharing: { given: false } } },
    ],
    ['erased', { introducedWithConsent: true }, { erasedAt: new Date() }],
  ])('a contractor receives nothing when %s', (_case, flag, overrides) => {
    expect(
      presentCandidateForContractor(storedCandidate(overrides as Partial<CandidateDoc>), flag),
    ).toBeNull();
  });

  it('the consultant’s detail names the consultant and the linked account', () => {
    const detail = presentCandidateDetail(storedCandidate(), related);
    expect(detail.consultant).toEqual({ id: String(consultantId), name: 'Sanne de Vries' });
    expect(detail.account).toEqual({ userId: String(userId), status: 'active' });
    expect(detail.sensitive).toEqual({
      targetGroups: ['status_holder'],
      benefitType: 'participatiewet',
      benefitSince: '2023-01-01',
      birthDate: '1970-05-01',
      supportNeeds: ['language_support'],
      supportNote: 'Taalcursus op dinsdag',
    });
  });
});
