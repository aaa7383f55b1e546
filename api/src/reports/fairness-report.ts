import type { Types } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import { CandidateModel, type CandidateDoc } from '../candidates/candidates.model';
import {
  AGE_BANDS,
  DISMISS_REASONS,
  FAIRNESS_MIN_CASES,
  FAIRNESS_STEPS,
  FAIRNESS_THRESHOLD_BASIS_POINTS,
  TARGET_GROUPS,
  type TFairnessDimension,
  type TFairnessQuery,
  type TFairnessReport,
} from '../contract';
import { MatchModel, type MatchDoc } from '../matches/matches.model';
import { OrganisationModel } from '../organisations/organisations.model';
import { fairnessGroups, fairnessOverrides, type FairnessCase } from './fairness-figures';
import { reachedStep } from './funnel-report';
import { reportMatchFilter } from './report-matches';
import { peopleCount, resolveReportScope } from './report-scope';

type ReportMatch = Pick<
  MatchDoc,
  | 'candidateId'
  | 'stage'
  | 'source'
  | 'timeline'
  | 'trial'
  | 'employment'
  | 'score'
  | 'proposalRank'
  | 'dismissal'
  | 'overriddenConstraints'
  | 'createdAt'
>;
type GroupFacts = Pick<
  CandidateDoc,
  '_id' | 'targetGroups' | 'birthDate' | 'municipalityCode' | 'supportNeeds'
>;

/** Candidates are read in batches, so a region's history never becomes one huge `$in`. */
const BATCH = 2000;

/** Whole years between a date of birth and a day (both YYYY-MM-DD). */
function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBand(birthDate: string | null | undefined, day: string): (typeof AGE_BANDS)[number] {
  if (!birthDate) return 'unknown';
  const age = ageOn(birthDate, day);
  if (age < 27) return 'under_27';
  if (age < 50) return '27_to_49';
  if (age < 55) return '50_to_54';
  return '55_plus';
}

function reachedSteps(match: ReportMatch): boolean[] {
  return FAIRNESS_STEPS.map((step) =>
    step === 'shortlisted'
      ? match.timeline.some((e) => e.stage === 'shortlisted') || reachedStep(match, 'introduced')
      : reachedStep(match, step),
  );
}

/** A consultant's dismissal of a proposal: a dismissal reason, before the candidate was introduced. */
function dismissedFor(match: ReportMatch): FairnessCase['dismissedFor'] {
  const d = match.dismissal;
  if (!d || d.by !== 'consultant' || reachedStep(match, 'introduced')) return null;
  return (DISMISS_REASONS as readonly string[]).includes(d.reason)
    ? (d.reason as FairnessCase['dismissedFor'])
    : null;
}

function caseOf(match: ReportMatch, candidate: GroupFacts | undefined): FairnessCase {
  const targetGroups = candidate?.targetGroups?.length ? candidate.targetGroups : ['none'];
  return {
    groups: [
      ...targetGroups.map((group) => ({ dimension: 'target_group' as const, group })),
      {
        dimension: 'age_band',
        group: ageBand(candidate?.birthDate, match.createdAt.toISOString().slice(0, 10)),
      },
      { dimension: 'municipality', group: candidate?.municipalityCode ?? 'unknown' },
      { dimension: 'support', group: candidate?.supportNeeds?.length ? 'yes' : 'no' },
    ],
    reached: reachedSteps(match),
    rank: match.proposalRank ?? null,
    score: match.score?.score ?? null,
    source: match.source,
    dismissedFor: dismissedFor(match),
    overriddenConstraints: match.overriddenConstraints.length > 0,
  };
}

async function loadGroupFacts(ids: Types.ObjectId[]): Promise<Map<string, GroupFacts>> {
  const unique = [...new Map(ids.map((id) => [String(id), id])).values()];
  const facts = new Map<string, GroupFacts>();
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = await CandidateModel.find({ _id: { $in: unique.slice(i, i + BATCH) } })
      .select({ targetGroups: 1, birthDate: 1, municipalityCode: 1, supportNeeds: 1 })
      .lean<GroupFacts[]>();
    for (const c of batch) facts.set(String(c._id), c);
  }
  return facts;
}

const fixedOrder: Partial<Record<TFairnessDimension, readonly string[]>> = {
  target_group: [...TARGET_GROUPS, 'none'],
  age_band: AGE_BANDS,
  support: ['yes', 'no'],
};

/**
 * The fairness report of a scope (issue 21): per group the platform already holds, the funnel of
 * its cases (matches begun in the period), its ratios against the best group, and the consultants'
 * overrides. Municipality users and admins get counts below five suppressed.
 */
export async function fairnessReport(user: SessionUser, query: TFairnessQuery): Promise<TFairnessReport> {
  const access = await resolveReportScope(user, query);
  // Admins see no candidate's record, so they get counts below five suppressed, as municipalities do.
  const suppress = access.suppress;
  const filter = await reportMatchFilter(user, access, query);
  const matches = await MatchModel.find(filter)
    .select({
      candidateId: 1,
      stage: 1,
      source: 1,
      timeline: 1,
      trial: 1,
      employment: 1,
      score: 1,
      proposalRank: 1,
      dismissal: 1,
      overriddenConstraints: 1,
      createdAt: 1,
    })
    .lean<ReportMatch[]>();
  const facts = await loadGroupFacts(matches.map((m) => m.candidateId));
  const cases = matches.map((m) => caseOf(m, facts.get(String(m.candidateId))));

  const codes = [
    ...new Set(
      cases.flatMap((c) => c.groups.filter((g) => g.dimension === 'municipality').map((g) => g.group)),
    ),
  ];
  const municipalities = await OrganisationModel.find({
    kind: 'municipality',
    municipalityCode: { $in: codes },
  })
    .select({ name: 1, municipalityCode: 1 })
    .lean();
  const names = new Map(municipalities.map((m) => [m.municipalityCode ?? '', m.name]));
  const order = (dimension: TFairnessDimension, a: string, b: string) => {
    const fixed = fixedOrder[dimension];
    if (fixed) return fixed.indexOf(a) - fixed.indexOf(b);
    return (names.get(a) ?? a).localeCompare(names.get(b) ?? b, 'nl');
  };
  const groups = fairnessGroups(cases, suppress, order).map((g) =>
    g.dimension === 'municipality' ? { ...g, label: names.get(g.group) ?? null } : g,
  );
  return {
    scope: access.scope,
    period: { from: query.from ?? null, to: query.to ?? null },
    cases: peopleCount(cases.length, suppress),
    thresholdBasisPoints: FAIRNESS_THRESHOLD_BASIS_POINTS,
    minCases: FAIRNESS_MIN_CASES,
    groups,
    flagged: groups.flatMap((g) => g.steps).filter((s) => s.flagged).length,
    overrides: fairnessOverrides(cases, suppress),
  };
}
