import type { SessionUser } from '../http/session-user';
import { TARGET_GROUPS, type TReportScopeQuery, type TSummaryReport } from '../contract';
import { monthEnds } from '../credits/contract-progress';
import { dutchToday } from '../contracts/today';
import { EffortModel } from '../efforts/efforts.model';
import { distinctPeople, loadScopeCredits, type ScopeCredits } from './report-credits';
import { peopleCount, resolveReportScope, type ReportScope } from './report-scope';

function bySource(scope: ScopeCredits, today: string): TSummaryReport['bySource'] {
  const groups = new Map<string, { count: number; cents: number }>();
  for (const credit of scope.credits) {
    const group = groups.get(credit.kind) ?? { count: 0, cents: 0 };
    group.count += 1;
    group.cents += scope.realisedOn(credit, today);
    groups.set(credit.kind, group);
  }
  return [...groups].map(([kind, g]) => ({ kind: kind as TSummaryReport['bySource'][number]['kind'], ...g }));
}

function byTargetGroup(scope: ScopeCredits, access: ReportScope): TSummaryReport['byTargetGroup'] {
  if (!access.targetGroups) return [];
  return TARGET_GROUPS.map((targetGroup) => ({
    targetGroup,
    count: distinctPeople(scope.credits.filter((c) => c.targetGroups.includes(targetGroup))),
  }))
    .filter((row) => row.count > 0)
    .map(({ targetGroup, count }) => ({ targetGroup, people: peopleCount(count, access.suppress) }));
}

async function socialPurchases(
  scope: ScopeCredits,
  today: string,
): Promise<TSummaryReport['socialPurchases']> {
  const purchases = scope.credits.filter((c) => c.source === 'effort' && c.kind === 'social_purchase');
  const efforts = purchases.length
    ? await EffortModel.find({ _id: { $in: purchases.map((c) => c.effortId) } })
        .select({ amountCents: 1, socialEnterpriseId: 1 })
        .lean<Array<{ amountCents: number | null; socialEnterpriseId: unknown }>>()
    : [];
  return {
    count: purchases.length,
    invoiceCents: efforts.reduce((sum, e) => sum + (e.amountCents ?? 0), 0),
    creditCents: purchases.reduce((sum, c) => sum + scope.realisedOn(c, today), 0),
    enterprises: new Set(efforts.map((e) => String(e.socialEnterpriseId))).size,
  };
}

/**
 * Totals of a region, municipality or contractor: obligation and realised credit of its contracts,
 * people placed (per target group for those who may see target groups), credit per kind, purchases
 * at social enterprises, and realised credit month by month. No record of a person leaves here.
 */
export async function summaryReport(user: SessionUser, query: TReportScopeQuery): Promise<TSummaryReport> {
  const access = await resolveReportScope(user, query);
  const scope = await loadScopeCredits(access.contractFilter);
  const today = dutchToday();
  const obligationCents = scope.contracts.reduce((sum, c) => sum + c.obligationCents, 0);
  const realisedCents = scope.credits.reduce((sum, c) => sum + scope.realisedOn(c, today), 0);
  const firstStart = scope.contracts.reduce<string | null>(
    (first, c) => (first === null || c.startDate < first ? c.startDate : first),
    null,
  );
  return {
    scope: access.scope,
    contracts: scope.contracts.length,
    obligationCents,
    realisedCents,
    realisedBasisPoints: Math.floor((realisedCents * 10_000) / Math.max(1, obligationCents)),
    peoplePlaced: peopleCount(distinctPeople(scope.credits), access.suppress),
    byTargetGroup: byTargetGroup(scope, access),
    bySource: bySource(scope, today),
    socialPurchases: await socialPurchases(scope, today),
    series: (firstStart && firstStart <= today ? monthEnds(firstStart, today) : []).map((date) => ({
      date,
      realisedCents: scope.credits.reduce((sum, c) => sum + scope.realisedOn(c, date), 0),
    })),
  };
}
