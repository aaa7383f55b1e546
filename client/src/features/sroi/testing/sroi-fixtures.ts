import type { TContractProgress, TCredit, TMe } from '@kansplek/api/contract';
import { CONTRACT_ID, meAs } from '@/testing/fixtures';
import type { FakeAnswer, RecordedRequest } from '@/testing/fake-fetch';

export {
  ARNHEM,
  CONTRACT_ID,
  contractFixture,
  effortFixture,
  meAs,
  pageOf,
  VAN_WIJK,
} from '@/testing/fixtures';

const RULE_SET_1 = { id: '665f1c2ab5c0f1a2b3c4d901', name: 'Oost-Nederland 2026', version: 1 };
export const RULE_SET_2 = { id: '665f1c2ab5c0f1a2b3c4d902', name: 'Oost-Nederland 2026', version: 2 };

export function progressFixture(overrides: Partial<TContractProgress> = {}): TContractProgress {
  return {
    contractId: CONTRACT_ID,
    status: 'active',
    obligationCents: 25_000_000,
    realisedCents: 11_417_500,
    realisedBasisPoints: 4_567,
    pipelineCents: 3_000_000,
    pipelineMatches: 2,
    startDate: '2026-01-01',
    deadline: '2029-06-30',
    today: '2026-06-15',
    daysLeft: 1111,
    forecast: { status: 'behind', projectedCents: 20_000_000, expectedToDateCents: 12_000_000 },
    bySource: [
      { kind: 'job', count: 3, cents: 10_000_000 },
      { kind: 'social_purchase', count: 1, cents: 1_417_500 },
    ],
    series: [
      { date: '2026-01-31', realisedCents: 0 },
      { date: '2026-05-31', realisedCents: 9_000_000 },
      { date: '2026-06-15', realisedCents: 11_417_500 },
    ],
    ruleSets: [RULE_SET_1, RULE_SET_2],
    ...overrides,
  };
}

export function creditFixture(index: number, overrides: Partial<TCredit> = {}): TCredit {
  return {
    id: `665f1c2ab5c0f1a2b3c4${String(index).padStart(4, '0')}`,
    source: 'placement',
    kind: 'job',
    label: `Schoonmaker kantoren – kandidaat ${index}`,
    matchId: null,
    effortId: null,
    date: '2026-03-01',
    amountCents: 123_456,
    lines: [],
    ruleSet: RULE_SET_2,
    history: [
      {
        at: '2026-03-01T09:00:00.000Z',
        amountCents: 100_000,
        previousAmountCents: null,
        ruleSet: RULE_SET_1,
        reason: 'placement_started',
      },
      {
        at: '2026-05-01T09:00:00.000Z',
        amountCents: 123_456,
        previousAmountCents: 100_000,
        ruleSet: RULE_SET_2,
        reason: 'rule_set_changed',
      },
    ],
    ...overrides,
  };
}

type Answer = (request: RecordedRequest) => FakeAnswer | undefined;

/** The API for the SROI screens: the signed-in user, nothing unread, and the given answers. */
export function sroiApi(role: TMe['role'], answer: Answer) {
  return (request: RecordedRequest): FakeAnswer => {
    if (request.url === '/api/me') return { status: 200, body: { data: meAs(role) } };
    return answer(request) ?? { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } };
  };
}
