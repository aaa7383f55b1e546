import type { TCandidateProposal, TMatch, TPlace } from '@kansplek/api/contract';
import type { FakeAnswer, RecordedRequest } from '@/testing/fake-fetch';

export const PLACE_ID = '665f1c2ab5c0f1a2b3c4d501';
export const CANDIDATE_ID = '665f1c2ab5c0f1a2b3c4d601';
export const OTHER_CANDIDATE_ID = '665f1c2ab5c0f1a2b3c4d602';
export const MATCH_ID = '665f1c2ab5c0f1a2b3c4d701';
const USER = { id: '665f1c2ab5c0f1a2b3c4d801', name: 'Carla Consulent' };

export function placeFixture(overrides: Partial<TPlace> = {}): TPlace {
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
    contractor: { id: '665f1c2ab5c0f1a2b3c4d901', kind: 'contractor', name: 'Bouwbedrijf Rijn' },
    contract: null,
    regionId: null,
    location: null,
    statusChangedAt: null,
    history: [],
    createdBy: USER,
    displacement: { flagged: false, confirmation: null },
    bundle: null,
    bundledInto: null,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

export function proposalFixture(
  overrides: Partial<TCandidateProposal['candidate']> = {},
): TCandidateProposal {
  return {
    candidate: {
      id: CANDIDATE_ID,
      fullName: 'Jan de Vries',
      municipalityCode: 'GM0202',
      skills: ['schoonmaken'],
      occupations: ['9112'],
      hours: { min: 24, max: 32 },
      waitingSince: '2025-06-01',
      ...overrides,
    },
    score: 78.5,
    distanceKm: 6.2,
    reasons: [
      {
        factor: 'skills',
        points: 24,
        maxPoints: 30,
        params: { matchedRequired: 3, required: 4, matchedDesirable: 0, desirable: 0, skills: 'schoonmaken' },
      },
      { factor: 'distance', points: 8.8, maxPoints: 15, params: { km: 6.2, maxKm: 15, mode: 'bike' } },
      { factor: 'waiting', points: 7, maxPoints: 10, params: { months: 17, priority: 0 } },
    ],
  };
}

export function matchFixture(overrides: Partial<TMatch> = {}): TMatch {
  return {
    id: MATCH_ID,
    placeId: PLACE_ID,
    place: { id: PLACE_ID, title: 'Schoonmaker kantoren', contractorName: 'Schoon BV', displacement: 'none' },
    candidate: { id: CANDIDATE_ID, fullName: 'Jan de Vries', cv: null },
    stage: 'shortlisted',
    source: 'proposal',
    score: null,
    overriddenConstraints: [],
    dismissal: null,
    introduction: null,
    interview: null,
    trial: null,
    employment: null,
    nextStages: ['introduced', 'declined', 'withdrawn'],
    timeline: [],
    version: 0,
    createdAt: '2026-11-20T10:00:00.000Z',
    ...overrides,
  };
}

export const emptyPage = { data: [], page: { page: 1, limit: 20, total: 0, pages: 0 } };

/** The API as the place page uses it; `answer` decides the rest (writes, mostly). */
export function matchingApi(answer: (request: RecordedRequest) => FakeAnswer | undefined) {
  return (request: RecordedRequest): FakeAnswer => {
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    return answer(request) ?? { status: 404, body: { error: { code: 'not_found', message: 'nope' } } };
  };
}
