import type { TMe, TRuleSet, TRuleSetValues } from '@kansplek/api/contract';
import type { FakeAnswer, RecordedRequest } from '@/testing/fake-fetch';
import { meAs, pageOf } from '@/testing/fixtures';

export const REGION = { id: '665f1c2ab5c0f1a2b3c4d7a1', name: 'Midden-Gelderland' };

export const OOST_NEDERLAND: TRuleSetValues = {
  fullTimeHoursPerWeek: 36,
  employment: [
    { situation: 'participatiewet', minBenefitMonths: 0, annualValueCents: 3_000_000, capMonths: 12 },
    { situation: 'participatiewet', minBenefitMonths: 24, annualValueCents: 4_000_000, capMonths: 12 },
    { situation: 'banenafspraak', minBenefitMonths: 0, annualValueCents: 4_000_000, capMonths: null },
  ],
  trialMonthlyCents: 75_000,
  workExperienceMonthlyCents: 75_000,
  internshipCents: null,
  apprenticeship: [{ minLevel: 1, maxLevel: 2, valueCents: 2_000_000 }],
  bonuses: [],
  socialPurchaseBasisPoints: null,
  volunteeringHourCents: null,
  projectContributionBasisPoints: 10_000,
  practicalSupportBasisPoints: 10_000,
};

export function ruleSetFixture(overrides: Partial<TRuleSet> = {}): TRuleSet {
  return {
    id: '665f1c2ab5c0f1a2b3c4d7b1',
    region: REGION,
    name: 'Bouwblokken Oost-Nederland',
    version: 1,
    effectiveFrom: '2024-01-01',
    note: '',
    values: OOST_NEDERLAND,
    createdBy: 'Beheerder',
    createdAt: '2024-01-02T10:00:00.000Z',
    ...overrides,
  };
}

/** The API as the rule set screens meet it: the user, a CSRF token, the regions and presets. */
export function ruleSetsApi(role: TMe['role'], answer: (request: RecordedRequest) => FakeAnswer | undefined) {
  return (request: RecordedRequest): FakeAnswer => {
    if (request.url === '/api/me') return { status: 200, body: { data: meAs(role) } };
    if (request.url === '/api/auth/csrf') return { status: 200, body: { data: { token: 'csrf-1' } } };
    if (request.url.startsWith('/api/regions'))
      return {
        status: 200,
        body: pageOf([
          {
            ...REGION,
            servicePoint: { id: REGION.id, kind: 'service_point', name: 'WSP' },
            municipalities: [],
            version: 0,
          },
        ]),
      };
    if (request.url === '/api/rule-sets/presets')
      return {
        status: 200,
        body: {
          data: [{ preset: 'oost_nederland', name: 'Bouwblokken Oost-Nederland', values: OOST_NEDERLAND }],
        },
      };
    return answer(request) ?? { status: 404, body: { error: { code: 'not_found', message: 'Not found' } } };
  };
}
