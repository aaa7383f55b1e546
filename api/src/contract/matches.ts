import { z } from 'zod';
import { ZObjectId, ZPageQuery } from './common';
import { ZDate } from './domain';
import {
  ZDismissReason,
  ZExitReason,
  ZMatchCv,
  ZMatchEmployment,
  ZMatchIntroduction,
  ZMatchTrial,
  ZPipelineActor,
  TIMELINE_EVENTS,
} from './pipeline';

/** The factors a match score is made of (weights are configuration: MATCH_WEIGHTS). */
export const MATCH_FACTORS = [
  'skills',
  'occupation',
  'distance',
  'hours',
  'preferences',
  'waiting',
  'support',
  'target_group',
] as const;
export const ZMatchFactor = z.enum(MATCH_FACTORS);
export type TMatchFactor = z.infer<typeof ZMatchFactor>;

/** Hard constraints: a pair failing one is never proposed (a consultant may still add it by hand). */
export const MATCH_CONSTRAINTS = [
  'no_consent',
  'not_available_status',
  'in_trial_or_employed',
  'available_too_late',
  'hours_do_not_overlap',
  'out_of_travel_reach',
  'driving_licence_required',
  'dutch_level_too_low',
  'education_too_low',
  'displacement_unconfirmed',
] as const;
export const ZMatchConstraint = z.enum(MATCH_CONSTRAINTS);
export type TMatchConstraint = z.infer<typeof ZMatchConstraint>;

/** One factor's contribution: its points out of its weight, and what it was based on (rendered in words). */
export const ZMatchReason = z
  .object({
    factor: ZMatchFactor,
    points: z.number(),
    maxPoints: z.number(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: 'MatchReason' });
export type TMatchReason = z.infer<typeof ZMatchReason>;

export const ZMatchScore = z.object({
  score: z.number(),
  distanceKm: z.number(),
  reasons: z.array(ZMatchReason),
});
export type TMatchScore = z.infer<typeof ZMatchScore>;

export const ZProposalRequest = z.strictObject({
  limit: z.number().int().min(1).max(50).default(10),
});
export type TProposalRequest = z.infer<typeof ZProposalRequest>;

/** A proposed candidate as the consultant sees it on the place's page (no sensitive fields). */
export const ZCandidateProposal = ZMatchScore.extend({
  candidate: z.object({
    id: ZObjectId,
    fullName: z.string(),
    municipalityCode: z.string(),
    skills: z.array(z.string()),
    occupations: z.array(z.string()),
    hours: z.object({ min: z.number(), max: z.number() }),
    waitingSince: ZDate,
  }),
}).meta({ id: 'CandidateProposal' });
export type TCandidateProposal = z.infer<typeof ZCandidateProposal>;

export const ZProposalsResult = z.object({
  data: z.array(ZCandidateProposal),
  /**
   * Why nothing can be proposed for the place at all: filled or closed, part of a combined place
   * (propose for that one), displacement unconfirmed, or no location or hours yet.
   */
  blockedBy: z.array(
    z.enum(['place_not_open', 'bundled', 'displacement_unconfirmed', 'no_location', 'no_hours']),
  ),
  /** Candidates left out because a match for this place already exists (shortlisted or dismissed). */
  excludedExisting: z.number().int(),
});
export type TProposalsResult = z.infer<typeof ZProposalsResult>;

export const ZRecommendationsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const ZPlaceRecommendation = ZMatchScore.extend({
  place: z.object({
    id: ZObjectId,
    title: z.string(),
    contractorName: z.string(),
    kind: z.string(),
    sector: z.string().nullable(),
    hours: z.object({ min: z.number(), max: z.number() }),
    startDate: ZDate.nullable(),
    city: z.string(),
  }),
}).meta({ id: 'PlaceRecommendation' });
export type TPlaceRecommendation = z.infer<typeof ZPlaceRecommendation>;

export const ZRecommendationsResult = z.object({
  data: z.array(ZPlaceRecommendation),
  /** Why the candidate cannot be matched at all right now (e.g. no consent to matching). */
  blockedBy: z.array(ZMatchConstraint),
});
export type TRecommendationsResult = z.infer<typeof ZRecommendationsResult>;

/**
 * A match: one candidate for one place, followed from proposal to employment. Issue 4 stores a match
 * once a consultant acts on a proposal (shortlist or dismiss) or adds a candidate by hand.
 */
export const MATCH_STAGES = [
  'proposed',
  'shortlisted',
  'introduced',
  'interview',
  'trial',
  'hired',
  'declined',
  'withdrawn',
  'stopped',
] as const;
export const ZMatchStage = z.enum(MATCH_STAGES);
export type TMatchStage = z.infer<typeof ZMatchStage>;

/** Shortlist or dismiss a proposal, or add a candidate by hand (source `manual`). */
export const ZCreateMatch = z
  .strictObject({
    candidateId: ZObjectId,
    action: z.enum(['shortlist', 'dismiss']),
    source: z.enum(['proposal', 'manual']).default('proposal'),
    reason: ZDismissReason.optional(),
    note: z.string().trim().max(1000).default(''),
    /** The candidate's position in the list of proposals the consultant acted on (1 = first). */
    rank: z.number().int().min(1).max(1000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.rank !== undefined && v.source !== 'proposal') {
      ctx.addIssue({ code: 'custom', path: ['rank'], message: 'Only a proposal has a rank' });
    }
    if (v.action === 'dismiss' && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason for dismissing' });
    }
    if (v.reason === 'other' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Describe the reason' });
    }
  });
export type TCreateMatch = z.infer<typeof ZCreateMatch>;

/** Dismiss a shortlisted match later (issue 5 adds the rest of the pipeline). */
export const ZDismissMatch = z
  .strictObject({
    version: z.number().int().min(0),
    reason: ZDismissReason,
    note: z.string().trim().max(1000).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.reason === 'other' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Describe the reason' });
    }
  });
export type TDismissMatch = z.infer<typeof ZDismissMatch>;

export const ZMatchListQuery = ZPageQuery.extend({
  stage: ZMatchStage.optional(),
});
export type TMatchListQuery = z.infer<typeof ZMatchListQuery>;

/** The matches a user takes part in: by stage, or only those still going. */
export const ZMyMatchesQuery = ZMatchListQuery.extend({
  /** One place's matches (a board per place). */
  placeId: ZObjectId.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TMyMatchesQuery = z.infer<typeof ZMyMatchesQuery>;

export const ZMatch = z
  .object({
    id: ZObjectId,
    placeId: ZObjectId,
    /** What every party may know of the place, also once it is filled or closed. */
    place: z.object({
      id: ZObjectId,
      title: z.string(),
      contractorName: z.string(),
      /**
       * The contractor's displacement flag as it bears on this place: `unconfirmed` until a consultant
       * confirms the place is additional work (no introduction, trial or hire before that).
       */
      displacement: z.enum(['none', 'unconfirmed', 'confirmed']),
    }),
    candidate: z.object({
      id: ZObjectId,
      fullName: z.string(),
      /** For the contractor of an introduced candidate; null for everyone else. */
      cv: ZMatchCv.nullable(),
    }),
    stage: ZMatchStage,
    /** `interest`: the candidate said they are interested (candidate portal). */
    source: z.enum(['proposal', 'manual', 'interest']),
    /** The score when the consultant acted on it; null for hand-added candidates that fail a constraint. */
    score: ZMatchScore.nullable(),
    /** Constraints a hand-added candidate fails (the consultant overrode them knowingly). */
    overriddenConstraints: z.array(ZMatchConstraint),
    /** How the match ended early, and by whom (a consultant's dismissal of a proposal included). */
    dismissal: z.object({ reason: ZExitReason, note: z.string(), by: ZPipelineActor }).nullable(),
    introduction: ZMatchIntroduction.nullable(),
    /** The interview's date, times (Dutch time) and place, once it is planned. */
    interview: z
      .object({ date: z.string(), startTime: z.string(), endTime: z.string(), location: z.string() })
      .nullable(),
    trial: ZMatchTrial.nullable(),
    employment: ZMatchEmployment.nullable(),
    /** The stages the requesting user may move the match to now ("what happens next"). */
    nextStages: z.array(ZMatchStage),
    timeline: z.array(
      z.object({
        stage: ZMatchStage,
        at: z.string(),
        by: z.object({ id: ZObjectId, name: z.string() }),
        note: z.string(),
        event: z.enum(TIMELINE_EVENTS).nullable(),
      }),
    ),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Match' });
export type TMatch = z.infer<typeof ZMatch>;

/** Displacement: a consultant confirms a place at a flagged contractor is additional work. */
export const ZConfirmDisplacement = z.strictObject({
  version: z.number().int().min(0),
  note: z.string().trim().min(10, 'Explain in at least 10 characters why the place is additional').max(1000),
});
export type TConfirmDisplacement = z.infer<typeof ZConfirmDisplacement>;

/** Task bundling: small places of similar work nearby that together make one job of 24–38 hours. */
export const ZBundleSuggestion = z
  .object({
    places: z.array(
      z.object({
        id: ZObjectId,
        title: z.string(),
        contractorName: z.string(),
        hours: z.object({ min: z.number(), max: z.number() }),
        city: z.string(),
      }),
    ),
    /** The hours a week the parts can add up to, clipped to 24–38. */
    hours: z.object({ min: z.number(), max: z.number() }),
    /** The largest distance between two parts. */
    spreadKm: z.number(),
    similarity: z.enum(['same_occupation', 'related_occupation', 'same_sector_shared_skills']),
  })
  .meta({ id: 'BundleSuggestion' });
export type TBundleSuggestion = z.infer<typeof ZBundleSuggestion>;

export const ZCreateBundle = z.strictObject({
  placeIds: z.array(ZObjectId).min(2, 'A bundle combines at least two places').max(5),
  title: z.string().trim().min(3, 'Enter a title of at least 3 characters').max(120),
});
export type TCreateBundle = z.infer<typeof ZCreateBundle>;
