import {
  secondFactorRequired,
  type TContract,
  type TEffort,
  type TMe,
  type TPageInfo,
} from '@kansplek/api/contract';

/** Records the API answers with in several features' tests: one contract, its parties, an effort. */

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
export function meAs(role: TMe['role']): TMe {
  return {
    id: '665f1c2ab5c0f1a2b3c4d5e0',
    email: 'gebruiker@kansplek.nl',
    name: 'Sanne de Vries',
    role,
    locale: 'nl',
    organisation: { id: VAN_WIJK.id, kind: 'contractor', name: VAN_WIJK.name },
    secondFactor: secondFactorFixture(role),
  };
}

/** Staff have (and must have) a second factor with all recovery codes left; others have none. */
export function secondFactorFixture(role: TMe['role']): TMe['secondFactor'] {
  const required = secondFactorRequired(role);
  return { enrolled: required, required, recoveryCodesLeft: required ? 10 : 0 };
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
