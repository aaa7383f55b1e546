import {
  DISMISS_REASONS,
  FAIRNESS_DIMENSIONS,
  FAIRNESS_MIN_CASES,
  FAIRNESS_STEPS,
  FAIRNESS_THRESHOLD_BASIS_POINTS,
  type TFairnessDimension,
  type TFairnessGroup,
  type TFairnessOverrides,
  type TFairnessStepFigures,
} from '../contract';
import { peopleCount } from './report-scope';

/** One case of the report: a match, the groups its candidate belongs to, and how far it got. */
export interface FairnessCase {
  groups: Array<{ dimension: TFairnessDimension; group: string }>;
  /** Per step of FAIRNESS_STEPS, whether the match got that far. */
  reached: boolean[];
  rank: number | null;
  score: number | null;
  source: 'proposal' | 'manual' | 'interest';
  /** A consultant's dismissal of the proposal before any introduction, with its reason. */
  dismissedFor: (typeof DISMISS_REASONS)[number] | null;
  overriddenConstraints: boolean;
}

interface GroupTally {
  dimension: TFairnessDimension;
  group: string;
  cases: number;
  counts: number[];
  ranks: number[];
  scores: number[];
}

const basisPoints = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 10_000) / whole) : null);
const mean = (values: number[]) =>
  values.length ? Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10 : null;

function tally(cases: readonly FairnessCase[]): GroupTally[] {
  const byKey = new Map<string, GroupTally>();
  for (const c of cases) {
    for (const { dimension, group } of c.groups) {
      const key = `${dimension}:${group}`;
      let t = byKey.get(key);
      if (!t) {
        t = { dimension, group, cases: 0, counts: FAIRNESS_STEPS.map(() => 0), ranks: [], scores: [] };
        byKey.set(key, t);
      }
      t.cases += 1;
      c.reached.forEach((reached, i) => {
        if (reached) t.counts[i]! += 1;
      });
      if (c.rank !== null) t.ranks.push(c.rank);
      if (c.score !== null) t.scores.push(c.score);
    }
  }
  return [...byKey.values()];
}

/**
 * Each group's funnel with its rates (share of the group's cases that got this far) and, per step,
 * its rate against the best group's of the same dimension. The best group is taken among the groups
 * with enough cases when there are any, so a group of three does not set the bar. A ratio is flagged
 * below the threshold only when the group and the best group both have enough cases. With
 * suppression, counts below five are hidden with every figure that would reveal them.
 */
export function fairnessGroups(
  cases: readonly FairnessCase[],
  suppress: boolean,
  order: (dimension: TFairnessDimension, a: string, b: string) => number,
): TFairnessGroup[] {
  const tallies = tally(cases);
  const groups: TFairnessGroup[] = [];
  for (const dimension of FAIRNESS_DIMENSIONS) {
    const own = tallies
      .filter((t) => t.dimension === dimension)
      .sort((a, b) => order(dimension, a.group, b.group));
    const enough = own.filter((t) => t.cases >= FAIRNESS_MIN_CASES);
    const reference = enough.length ? enough : own;
    for (const t of own) {
      const cases = peopleCount(t.cases, suppress);
      const steps = FAIRNESS_STEPS.map((step, i): TFairnessStepFigures => {
        const count = cases === null ? null : peopleCount(t.counts[i]!, suppress);
        const rate = basisPoints(t.counts[i]!, t.cases)!;
        const best = reference.reduce<GroupTally | null>(
          (top, r) =>
            !top || basisPoints(r.counts[i]!, r.cases)! > basisPoints(top.counts[i]!, top.cases)! ? r : top,
          null,
        );
        const bestRate = best ? basisPoints(best.counts[i]!, best.cases)! : 0;
        const ratio = i === 0 || bestRate === 0 ? null : Math.floor((rate * 10_000) / bestRate);
        return {
          step,
          count,
          rateBasisPoints: count === null ? null : rate,
          ratioBasisPoints: count === null ? null : ratio,
          flagged:
            ratio !== null &&
            ratio < FAIRNESS_THRESHOLD_BASIS_POINTS &&
            t.cases >= FAIRNESS_MIN_CASES &&
            best!.cases >= FAIRNESS_MIN_CASES,
        };
      });
      groups.push({
        dimension,
        group: t.group,
        label: null,
        cases,
        steps,
        meanRank: cases === null ? null : mean(t.ranks),
        meanScore: cases === null ? null : mean(t.scores),
      });
    }
  }
  return groups;
}

/** How often consultants overrode the proposals: dismissed (by reason), added by hand. */
export function fairnessOverrides(cases: readonly FairnessCase[], suppress: boolean): TFairnessOverrides {
  const fromProposals = cases.filter((c) => c.source === 'proposal');
  const dismissed = fromProposals.filter((c) => c.dismissedFor !== null);
  const byHand = cases.filter((c) => c.source === 'manual');
  const count = (n: number) => peopleCount(n, suppress);
  const rate = (part: number, whole: number) =>
    count(part) === null || count(whole) === null ? null : basisPoints(part, whole);
  return {
    fromProposals: count(fromProposals.length),
    dismissed: count(dismissed.length),
    dismissedRateBasisPoints: rate(dismissed.length, fromProposals.length),
    dismissedByReason: DISMISS_REASONS.map((reason) => ({
      reason,
      count: count(dismissed.filter((c) => c.dismissedFor === reason).length),
    })),
    addedByHand: count(byHand.length),
    addedByHandRateBasisPoints: rate(byHand.length, cases.length),
    overridingConstraints: count(byHand.filter((c) => c.overriddenConstraints).length),
  };
}
