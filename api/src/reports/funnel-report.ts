import type { SessionUser } from '../http/session-user';
import { FUNNEL_STEPS, type TFunnelQuery, type TFunnelReport, type TFunnelStep } from '../contract';
import { ContractModel } from '../contracts/contracts.model';
import { MatchModel, type MatchDoc } from '../matches/matches.model';
import { PlaceModel } from '../places/places.model';
import { peopleCount, resolveReportScope } from './report-scope';

type FunnelMatch = Pick<MatchDoc, 'candidateId' | 'stage' | 'timeline' | 'trial' | 'employment'>;

/** Whether a match got as far as a step of the funnel (proposed → introduced → trial → hired → durable). */
export function reachedStep(match: FunnelMatch, step: TFunnelStep): boolean {
  switch (step) {
    case 'proposed':
      return true;
    case 'introduced':
      return match.timeline.some((entry) => entry.stage === 'introduced') || Boolean(match.trial);
    case 'trial':
      return Boolean(match.trial);
    case 'hired':
      return Boolean(match.employment);
    case 'durable':
      return Boolean(match.employment?.durable);
  }
}

/** The step-by-step counts of people and the conversion from each step to the next. */
export function funnelSteps(matches: readonly FunnelMatch[], suppress: boolean): TFunnelReport['steps'] {
  const counts = FUNNEL_STEPS.map(
    (step) => new Set(matches.filter((m) => reachedStep(m, step)).map((m) => String(m.candidateId))).size,
  );
  return FUNNEL_STEPS.map((step, i) => {
    const people = peopleCount(counts[i]!, suppress);
    const previous = i === 0 ? null : peopleCount(counts[i - 1]!, suppress);
    const conversionBasisPoints =
      i === 0 || people === null || previous === null || previous === 0
        ? null
        : Math.floor((people * 10_000) / previous);
    return { step, people, conversionBasisPoints };
  });
}

/**
 * The placement funnel of a scope: a region's or contractor's matches, or those at the places of a
 * municipality's contracts; optionally only matches begun between `from` and `to`.
 */
export async function funnelReport(user: SessionUser, query: TFunnelQuery): Promise<TFunnelReport> {
  const access = await resolveReportScope(user, query);
  const filter: Record<string, unknown> = {};
  if (user.role === 'consultant') filter.regionId = user.regionId;
  if (access.scope.kind === 'contractor') filter.contractorId = access.scope.id;
  // A municipality's funnel: the matches at places that count for the contracts it awarded.
  if (access.scope.kind === 'municipality' || user.role === 'municipality') {
    const contracts = await ContractModel.find(access.contractFilter).select({ _id: 1 }).lean();
    const places = await PlaceModel.find({ contractId: { $in: contracts.map((c) => c._id) } })
      .select({ _id: 1 })
      .lean();
    filter.placeId = { $in: places.map((p) => p._id) };
  }
  if (query.from || query.to) {
    filter.createdAt = {
      ...(query.from ? { $gte: new Date(`${query.from}T00:00:00Z`) } : {}),
      ...(query.to ? { $lt: new Date(Date.parse(`${query.to}T00:00:00Z`) + 86_400_000) } : {}),
    };
  }
  const matches = await MatchModel.find(filter)
    .select({ candidateId: 1, stage: 1, timeline: 1, trial: 1, employment: 1 })
    .lean<FunnelMatch[]>();
  return { scope: access.scope, steps: funnelSteps(matches, access.suppress) };
}
