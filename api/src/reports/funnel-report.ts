import type { SessionUser } from '../http/session-user';
import { FUNNEL_STEPS, type TFunnelQuery, type TFunnelReport, type TFunnelStep } from '../contract';
import { MatchModel, type MatchDoc } from '../matches/matches.model';
import { reportMatchFilter } from './report-matches';
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

/** The placement funnel of a scope's matches (see reportMatchFilter), optionally for a period. */
export async function funnelReport(user: SessionUser, query: TFunnelQuery): Promise<TFunnelReport> {
  const access = await resolveReportScope(user, query);
  const filter = await reportMatchFilter(user, access, query);
  const matches = await MatchModel.find(filter)
    .select({ candidateId: 1, stage: 1, timeline: 1, trial: 1, employment: 1 })
    .lean<FunnelMatch[]>();
  return { scope: access.scope, steps: funnelSteps(matches, access.suppress) };
}
