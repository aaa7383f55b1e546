import { z } from 'zod';
import { ZDismissReason } from './pipeline';
import { ZObjectId, ZPageQuery } from './common';
import { ZDate } from './domain';
import { ZPeopleCount, ZReportScope, ZReportScopeQuery } from './sroi';

/**
 * Responsible matching (issue 21): whether the matches treat groups alike along the funnel. Only
 * groups the platform already holds are used; no new sensitive data is collected for this.
 */

/** The ways cases are grouped: target group, age band (at the match's start), home municipality, support needed. */
export const FAIRNESS_DIMENSIONS = ['target_group', 'age_band', 'municipality', 'support'] as const;
export const ZFairnessDimension = z.enum(FAIRNESS_DIMENSIONS);
export type TFairnessDimension = z.infer<typeof ZFairnessDimension>;

/** Under 27 is the Dutch youth boundary; 50+ and 55+ are the valuation bonuses' boundaries. */
export const AGE_BANDS = ['under_27', '27_to_49', '50_to_54', '55_plus', 'unknown'] as const;

/** The funnel of a case (one match): each step counts the matches that got at least that far. */
export const FAIRNESS_STEPS = ['proposed', 'shortlisted', 'introduced', 'trial', 'hired', 'durable'] as const;
export const ZFairnessStep = z.enum(FAIRNESS_STEPS);

/** The four-fifths rule: a group's rate below 80 % of the best group's is flagged … */
export const FAIRNESS_THRESHOLD_BASIS_POINTS = 8000;
/** … when both groups have at least this many cases (fewer say little). */
export const FAIRNESS_MIN_CASES = 20;

/** The report's tables, one per CSV download. */
export const FAIRNESS_TABLES = ['groups', 'overrides'] as const;

export const ZFairnessQuery = ZReportScopeQuery.extend({
  from: ZDate.optional(),
  to: ZDate.optional(),
  table: z.enum(FAIRNESS_TABLES).default('groups'),
}).superRefine((v, ctx) => {
  if (v.from && v.to && v.to < v.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'The period ends before it starts' });
  }
});
export type TFairnessQuery = z.infer<typeof ZFairnessQuery>;

export const ZFairnessStepFigures = z.object({
  step: ZFairnessStep,
  /** Cases (matches) that got at least this far; null when suppressed (fewer than five). */
  count: ZPeopleCount,
  /** Share of the group's cases that got this far, in basis points; null when suppressed or no cases. */
  rateBasisPoints: z.number().int().nullable(),
  /** This rate ÷ the best group's rate at the same step, in basis points (10 000 = alike). */
  ratioBasisPoints: z.number().int().nullable(),
  /** Below the threshold while this group and the best group both have enough cases. */
  flagged: z.boolean(),
});
export type TFairnessStepFigures = z.infer<typeof ZFairnessStepFigures>;

export const ZFairnessGroup = z.object({
  dimension: ZFairnessDimension,
  /** A target group, age band, CBS municipality code, or `yes`/`no` (support needed). */
  group: z.string(),
  /** A municipality's name; otherwise the client translates `group`. */
  label: z.string().nullable(),
  cases: ZPeopleCount,
  steps: z.array(ZFairnessStepFigures),
  /** The mean position in the list of proposals, where the consultant's action recorded it. */
  meanRank: z.number().nullable(),
  /** The mean score (0–100) recorded when the match was made. */
  meanScore: z.number().nullable(),
});
export type TFairnessGroup = z.infer<typeof ZFairnessGroup>;

export const ZFairnessOverrides = z.object({
  /** Matches made from a proposal (not by hand or by the candidate's interest). */
  fromProposals: ZPeopleCount,
  /** Of those, dismissed by a consultant before any introduction. */
  dismissed: ZPeopleCount,
  dismissedRateBasisPoints: z.number().int().nullable(),
  dismissedByReason: z.array(z.object({ reason: ZDismissReason, count: ZPeopleCount })),
  /** Candidates a consultant added by hand, of all cases. */
  addedByHand: ZPeopleCount,
  addedByHandRateBasisPoints: z.number().int().nullable(),
  /** Added by hand although they failed a hard constraint (knowingly overridden). */
  overridingConstraints: ZPeopleCount,
});
export type TFairnessOverrides = z.infer<typeof ZFairnessOverrides>;

export const ZFairnessReport = z
  .object({
    scope: ZReportScope,
    period: z.object({ from: z.string().nullable(), to: z.string().nullable() }),
    cases: ZPeopleCount,
    thresholdBasisPoints: z.number().int(),
    minCases: z.number().int(),
    groups: z.array(ZFairnessGroup),
    /** How many step ratios are flagged. */
    flagged: z.number().int(),
    overrides: ZFairnessOverrides,
  })
  .meta({ id: 'FairnessReport' });
export type TFairnessReport = z.infer<typeof ZFairnessReport>;

/**
 * The matching's entry for the Dutch algorithm register (algoritmeregister.overheid.nl), generated from
 * the live configuration; the texts are Dutch, as the register is.
 */
export const ZAlgorithmRegisterEntry = z
  .object({
    standard: z.string(),
    generatedAt: z.string(),
    language: z.literal('nl'),
    name: z.string(),
    organisation: z.object({ name: z.string(), servicePoints: z.array(z.string()) }),
    shortDescription: z.string(),
    purposeAndImpact: z.string(),
    humanInvolvement: z.string(),
    dataSources: z.array(z.string()),
    factors: z.array(
      z.object({ code: z.string(), name: z.string(), description: z.string(), weight: z.number() }),
    ),
    totalWeight: z.number(),
    hardConstraints: z.array(z.object({ code: z.string(), description: z.string() })),
    risks: z.array(z.object({ risk: z.string(), mitigation: z.string() })),
    legalBasis: z.array(z.string()),
    impactAssessments: z.array(z.object({ name: z.string(), status: z.string() })),
    monitoring: z.string(),
    contact: z.string(),
    sourceCode: z.string(),
  })
  .meta({ id: 'AlgorithmRegisterEntry' });
export type TAlgorithmRegisterEntry = z.infer<typeof ZAlgorithmRegisterEntry>;

/** One list of proposals or recommendations as it was shown: who, when, what, scores, weights. */
export const ZDecisionLogEntry = z
  .object({
    id: z.string(),
    kind: z.enum(['proposals', 'recommendations']),
    shownAt: z.string(),
    shownTo: z.object({ id: z.string(), name: z.string(), role: z.string() }),
    /** The place proposals were made for, or the candidate places were recommended to. */
    placeId: z.string().nullable(),
    candidateId: z.string().nullable(),
    items: z.array(z.object({ id: z.string(), rank: z.number().int(), score: z.number() })),
    weights: z.record(z.string(), z.number()),
    /** A fingerprint of the weights in force, so lists made under the same weights can be found. */
    weightsVersion: z.string(),
  })
  .meta({ id: 'DecisionLogEntry' });
export type TDecisionLogEntry = z.infer<typeof ZDecisionLogEntry>;

export const ZDecisionLogQuery = ZPageQuery.extend({
  placeId: ZObjectId.optional(),
  candidateId: ZObjectId.optional(),
});
export type TDecisionLogQuery = z.infer<typeof ZDecisionLogQuery>;
