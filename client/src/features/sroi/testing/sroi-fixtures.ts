import type { TContract, TContractProgress, TCredit, TEffort, TMe, TPageInfo } from '@kansplek/api/contract';
import type { FakeAnswer, RecordedRequest } from '@/testing/fake-fetch';

export const CONTRACT_ID = '665f1c2ab5c0f1a2b3c4d5e9';
export const ARNHEM = {
  id: '665f1c2ab5c0f1a2b3c4d5e1',
  kind: 'municipality',
  name: 'Gemeente Arnhem',
} as const;
export const VAN_WIJK = {
  id: '665f1c2ab5c0f1a2b3c4d5e2',
  kind: 'contractor',
  name: 'Van Wijk Bouw & Infra B.V.',
} as const;
const RULE_SET_1 = { id: '665f1c2ab5c0f1a2b3c4d901', name: 'Oost-Nederland 2026', version: 1 };
export const RULE_SET_2 = { id: '665f1c2ab5c0f1a2b3c4d902', name: 'Oost-Nederland 2026', version: 2 };

export function meAs(role: TMe['role']): TMe {
  return {
    id: '665f1c2ab5c0f1a2b3c4d5e0',
    email: 'gebruiker@kansplek.nl',
    name: 'Sanne de Vries',
    role,
    locale: 'nl',
    organisation: { id: VAN_WIJK.id, kind: 'contractor', name: VAN_WIJK.name },
  };
}

export function contractFixture(overrides: Partial<TContract> = {}): TContract {
  return {
    id: CONTRACT_ID,
    municipality: ARNHEM,
    contractor: VAN_WIJK,
    title: 'Groenonderhoud 2026–2028',
    reference: 'ARN-2026-003',
    valueCents: 500_000_000,
    sroiPercentage: 5,
    obligationCents: 25_000_000,
    startDate: '2026-01-01',
    endDate: '2028-12-31',
    realisationDeadline: '2029-06-30',
    labourIntensive: true,
    preferredTargetGroups: [],
    status: 'active',
    statusChangedAt: null,
    allowedActions: [],
    version: 1,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

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
        ruleSet: RULE_SET_1,
        reason: 'placement_started',
      },
      {
        at: '2026-05-01T09:00:00.000Z',
        amountCents: 123_456,
        ruleSet: RULE_SET_2,
        reason: 'rule_set_changed',
      },
    ],
    ...overrides,
  };
}

export function effortFixture(overrides: Partial<TEffort> = {}): TEffort {
  return {
    id: '665f1c2ab5c0f1a2b3c4dd01',
    contract: { id: CONTRACT_ID, title: 'Groenonderhoud 2026–2028', reference: 'ARN-2026-003' },
    contractor: VAN_WIJK,
    socialEnterprise: {
      id: '665f1c2ab5c0f1a2b3c4dd99',
      kind: 'social_enterprise',
      name: 'Presikhaaf Bedrijven',
    },
    kind: 'social_purchase',
    description: 'Catering bij de bouwkeet',
    date: '2026-04-10',
    amountCents: 1_417_500,
    hours: null,
    evidence: 'Factuur PB-2026-114',
    evidenceFile: null,
    status: 'accepted',
    submittedBy: 'Sanne de Vries',
    submittedAt: '2026-04-11T09:00:00.000Z',
    decision: { by: 'Carla Consulent', at: '2026-04-12T09:00:00.000Z', note: '' },
    creditCents: 1_417_500,
    allowedActions: [],
    version: 1,
    ...overrides,
  };
}

export function pageOf<T>(data: T[], info: Partial<TPageInfo> = {}) {
  return { data, page: { page: 1, limit: 20, total: data.length, pages: 1, ...info } };
}

type Answer = (request: RecordedRequest) => FakeAnswer | undefined;

/** The API for the SROI screens: the signed-in user, nothing unread, and the given answers. */
export function sroiApi(role: TMe['role'], answer: Answer) {
  return (request: RecordedRequest): FakeAnswer => {
    if (request.url === '/api/me') return { status: 200, body: { data: meAs(role) } };
    return answer(request) ?? { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } };
  };
}
