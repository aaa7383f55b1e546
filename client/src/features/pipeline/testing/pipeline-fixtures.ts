import type { TMatch, TMe, TPageInfo } from '@kansplek/api/contract';
import type { FakeAnswer, RecordedRequest } from '@/testing/fake-fetch';
import { MATCH_ID } from '@/features/matching/testing/matching-fixtures';
import { secondFactorFixture } from '@/testing/fixtures';

export {
  CANDIDATE_ID,
  MATCH_ID,
  matchFixture,
  PLACE_ID,
} from '@/features/matching/testing/matching-fixtures';

export const CONSULTANT = { id: '665f1c2ab5c0f1a2b3c4d801', name: 'Carla Consulent' };

export function me(role: TMe['role']): TMe {
  return {
    id: CONSULTANT.id,
    email: `${role}@kansplek.nl`,
    name: role === 'consultant' ? CONSULTANT.name : 'Wim Werkgever',
    role,
    locale: 'nl',
    organisation: { id: '665f1c2ab5c0f1a2b3c4d901', kind: 'service_point', name: 'WSP Midden-Gelderland' },
    secondFactor: secondFactorFixture(role),
  };
}

export const pageOf = (data: TMatch[], page: Partial<TPageInfo> = {}) => ({
  data,
  page: { page: 1, limit: 10, total: data.length, pages: data.length ? 1 : 0, ...page },
});

/** A trial that runs: started 1 December, planned to end 1 February, one check-in. */
export const runningTrial: NonNullable<TMatch['trial']> = {
  startDate: '2026-12-01',
  plannedEnd: '2027-02-01',
  longerReason: null,
  intentToEmploy: true,
  checkIns: [
    {
      id: '665f1c2ab5c0f1a2b3c4da01',
      date: '2026-12-15',
      ratings: { attendance: 4, attitude: 5, skills: 3, fit: 4 },
      note: 'Goede start.',
      at: '2026-12-15T14:00:00.000Z',
      by: { ...CONSULTANT, role: 'consultant' },
    },
  ],
  extensions: [],
  outcome: null,
  stoppedOn: null,
};

export const validationError = (path: string, code = 'custom') => ({
  status: 400,
  body: {
    error: {
      code: 'validation_failed',
      message: 'The request is not valid',
      details: { issues: [{ path, code, message: 'Not valid' }] },
    },
  },
});

/**
 * The API as the pipeline screens use it: the signed-in user and a CSRF token;
 * `answer` decides the rest. Unknown requests get a 404, so a wrong URL shows up in the test.
 */
export function pipelineApi(
  role: TMe['role'],
  answer: (request: RecordedRequest) => FakeAnswer | undefined,
): (request: RecordedRequest) => FakeAnswer {
  return (request) => {
    if (request.url === '/api/me') return { status: 200, body: { data: me(role) } };
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    return answer(request) ?? { status: 404, body: { error: { code: 'not_found', message: 'nope' } } };
  };
}

export const matchUrl = `/api/matches/${MATCH_ID}`;
