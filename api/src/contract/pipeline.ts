import { z } from 'zod';
import { ZObjectId } from './common';
import { ZDate } from './domain';

/**
 * The match pipeline after a proposal (issue 5): who may move a match where, introductions with the
 * candidate's consent, the trial period and employment with aftercare.
 */

/** Who takes part in a match; each can end it in their own way. */
export const PIPELINE_ACTORS = ['consultant', 'contractor', 'candidate'] as const;
export const ZPipelineActor = z.enum(PIPELINE_ACTORS);
export type TPipelineActor = z.infer<typeof ZPipelineActor>;

/** Why a consultant dismisses a proposal. */
export const DISMISS_REASONS = [
  'skills_mismatch',
  'not_interested',
  'not_available',
  'too_far',
  'hours_mismatch',
  'other',
] as const;
export const ZDismissReason = z.enum(DISMISS_REASONS);
export type TDismissReason = z.infer<typeof ZDismissReason>;

/** Why a match ends early: the dismissal reasons, and what happens later in the pipeline. */
export const EXIT_REASONS = [
  ...DISMISS_REASONS,
  'not_selected',
  'found_other_work',
  'trial_unsuccessful',
  'personal_circumstances',
] as const;
export const ZExitReason = z.enum(EXIT_REASONS);
export type TExitReason = z.infer<typeof ZExitReason>;

const note = z.string().trim().max(1000).default('');
const version = z.number().int().min(0);

const ZClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use hours and minutes, e.g. 09:30');

/**
 * The interview: date, start and end (Dutch time) and where it takes place. Checked against today
 * (Dutch date) by the service, which knows the date.
 */
export const ZInterviewPlan = z
  .strictObject({
    date: ZDate,
    startTime: ZClockTime,
    endTime: ZClockTime,
    location: z.string().trim().min(1, 'Say where the interview takes place').max(200),
  })
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Must be after the start time' });
    }
  });
export type TInterviewPlan = z.infer<typeof ZInterviewPlan>;

/** The moves that need nothing but a note (and a reason when the match ends, a plan for an interview). */
export const ZTransitionMatch = z
  .strictObject({
    to: z.enum(['shortlisted', 'interview', 'declined', 'withdrawn']),
    version,
    reason: ZExitReason.optional(),
    interview: ZInterviewPlan.optional(),
    note,
  })
  .superRefine((v, ctx) => {
    if ((v.to === 'declined' || v.to === 'withdrawn') && !v.reason) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Give a reason for ending the match' });
    }
    if (v.to === 'interview' && !v.interview) {
      ctx.addIssue({
        code: 'custom',
        path: ['interview'],
        message: 'Give the date, times and place of the interview',
      });
    }
    if (v.to !== 'interview' && v.interview) {
      ctx.addIssue({ code: 'custom', path: ['interview'], message: 'Only a move to interview plans one' });
    }
    if (v.reason === 'other' && !v.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Describe the reason' });
    }
  });
export type TTransitionMatch = z.infer<typeof ZTransitionMatch>;

/** A planned interview moved to another date, time or place. */
export const ZRescheduleInterview = z.strictObject({ version, interview: ZInterviewPlan, note });
export type TRescheduleInterview = z.infer<typeof ZRescheduleInterview>;

/** Steps on a match's timeline that do not change its stage. */
export const TIMELINE_EVENTS = ['introduction_requested', 'interview_rescheduled'] as const;

/** A consultant asks the candidate to consent to being introduced to the contractor. */
export const ZRequestIntroduction = z.strictObject({ version, note });
export type TRequestIntroduction = z.infer<typeof ZRequestIntroduction>;

/**
 * The candidate's answer: in the portal by the candidate, or given in person and recorded by the
 * consultant (`inPerson: true`, marked as such on the match).
 */
export const ZConsentDecision = z.strictObject({
  version,
  given: z.boolean(),
  inPerson: z.boolean().default(false),
  note,
});
export type TConsentDecision = z.infer<typeof ZConsentDecision>;

/** Trial limits: two calendar months by default, longer only with a reason, never beyond six. */
export const TRIAL_RULES = { defaultMonths: 2, maxMonths: 6 } as const;

/** `date` plus whole months, as a `YYYY-MM-DD` date (the last day of a shorter month when needed). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The day `days` later (or earlier, when negative), as a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The last day of `months` calendar months from `start`: two months from 15 January end on 14 March. */
export function lastDayOfMonths(start: string, months: number): string {
  return addDays(addMonths(start, months), -1);
}

/** The planned end of a default trial: the last day of its two calendar months. */
export const defaultTrialEnd = (start: string) => lastDayOfMonths(start, TRIAL_RULES.defaultMonths);
/** The latest a trial may end: the last day of six calendar months. */
export const latestTrialEnd = (start: string) => lastDayOfMonths(start, TRIAL_RULES.maxMonths);

/** Checks a planned trial end against its start: after it, within six months, a reason beyond two. */
function checkTrialEnd(
  ctx: z.RefinementCtx,
  start: string,
  plannedEnd: string,
  reason: string | undefined,
  path: { end: string; reason: string },
) {
  if (plannedEnd <= start) {
    ctx.addIssue({ code: 'custom', path: [path.end], message: 'The trial must end after it starts' });
  } else if (plannedEnd > latestTrialEnd(start)) {
    ctx.addIssue({
      code: 'custom',
      path: [path.end],
      message: `A trial lasts at most 6 months (until ${latestTrialEnd(start)})`,
    });
  } else if (plannedEnd > defaultTrialEnd(start) && !reason) {
    ctx.addIssue({
      code: 'custom',
      path: [path.reason],
      message: `A trial ending after ${defaultTrialEnd(start)} (2 months) needs a reason`,
    });
  }
}

export const ZStartTrial = z
  .strictObject({
    version,
    startDate: ZDate,
    /** Default: the last day of two calendar months from the start. */
    plannedEnd: ZDate.optional(),
    longerReason: z.string().trim().min(10).max(1000).optional(),
    /** The contractor's intent to employ the candidate for at least 6 months after a good trial. */
    intentToEmploy: z.literal(true, {
      error: "Record the contractor's intent to employ for at least 6 months",
    }),
    note,
  })
  .superRefine((v, ctx) => {
    if (v.plannedEnd) {
      checkTrialEnd(ctx, v.startDate, v.plannedEnd, v.longerReason, {
        end: 'plannedEnd',
        reason: 'longerReason',
      });
    }
  });
export type TStartTrial = z.infer<typeof ZStartTrial>;

const rating = z.number().int().min(1).max(5);
export const ZTrialCheckIn = z.strictObject({
  date: ZDate,
  ratings: z.strictObject({ attendance: rating, attitude: rating, skills: rating, fit: rating }),
  note,
});
export type TTrialCheckIn = z.infer<typeof ZTrialCheckIn>;

export const CONTRACT_TYPES = ['temporary', 'permanent', 'bbl', 'internship'] as const;
export const ZEmployment = z
  .strictObject({
    startDate: ZDate,
    contractType: z.enum(CONTRACT_TYPES),
    hoursPerWeek: z.number().int().min(1).max(40),
    /** Null for a permanent contract. */
    plannedEnd: ZDate.nullable(),
    /** The MBO level (1–4) of a BBL apprenticeship's training: it decides the apprenticeship's value. */
    mboLevel: z.number().int().min(1).max(4).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (v.plannedEnd && v.plannedEnd <= v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['plannedEnd'], message: 'Employment must end after it starts' });
    }
    if (v.contractType === 'bbl' && v.mboLevel === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['mboLevel'],
        message: 'Record the MBO level (1–4) of the BBL training',
      });
    }
    if (v.contractType !== 'bbl' && v.mboLevel !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['mboLevel'],
        message: 'An MBO level is recorded for a BBL apprenticeship only',
      });
    }
  });
export type TEmployment = z.infer<typeof ZEmployment>;

/** How a trial ends: employed, extended (within the limits) or stopped. */
export const ZTrialOutcome = z.discriminatedUnion('outcome', [
  z.strictObject({ outcome: z.literal('hired'), version, employment: ZEmployment, note }),
  z.strictObject({
    outcome: z.literal('extended'),
    version,
    plannedEnd: ZDate,
    reason: z
      .string()
      .trim()
      .min(10, 'Explain in at least 10 characters why the trial is extended')
      .max(1000),
  }),
  z.strictObject({
    outcome: z.literal('stopped'),
    version,
    // The last day of the trial: it counts up to this day, not the day the outcome is recorded.
    stopDate: ZDate,
    reason: ZExitReason,
    note,
  }),
]);
export type TTrialOutcome = z.infer<typeof ZTrialOutcome>;

/** Aftercare check-ins fall due this many months after employment starts; durable at six. */
export const AFTERCARE_MONTHS = [1, 3, 6, 12] as const;
export const DURABLE_AFTER_MONTHS = 6;

export const ZAftercareCheckIn = z.strictObject({
  version,
  month: z.union(AFTERCARE_MONTHS.map((m) => z.literal(m))),
  stillEmployed: z.boolean(),
  note,
});
export type TAftercareCheckIn = z.infer<typeof ZAftercareCheckIn>;

export const ZEndEmployment = z.strictObject({
  version,
  endDate: ZDate,
  reason: z.string().trim().min(3).max(1000),
});
export type TEndEmployment = z.infer<typeof ZEndEmployment>;

const ZPerson = z.object({ id: ZObjectId, name: z.string() });

/** The pipeline parts of a match as the API returns them (see ZMatch). */
export const ZMatchIntroduction = z.object({
  requestedAt: z.string(),
  requestedBy: ZPerson,
  consent: z.object({ given: z.boolean(), at: z.string(), inPerson: z.boolean(), by: ZPerson }).nullable(),
});
export const ZMatchTrial = z.object({
  startDate: z.string(),
  plannedEnd: z.string(),
  longerReason: z.string().nullable(),
  intentToEmploy: z.boolean(),
  checkIns: z.array(
    ZTrialCheckIn.extend({ id: ZObjectId, by: ZPerson.extend({ role: ZPipelineActor }), at: z.string() }),
  ),
  extensions: z.array(z.object({ plannedEnd: z.string(), reason: z.string(), at: z.string(), by: ZPerson })),
  outcome: z.enum(['hired', 'stopped']).nullable(),
  // The last day of a stopped trial.
  stoppedOn: z.string().nullable(),
});
export const ZMatchEmployment = z.object({
  startDate: z.string(),
  contractType: z.enum(CONTRACT_TYPES),
  hoursPerWeek: z.number(),
  plannedEnd: z.string().nullable(),
  mboLevel: z.number().nullable(),
  aftercare: z.array(
    z.object({
      month: z.number(),
      dueDate: z.string(),
      doneAt: z.string().nullable(),
      stillEmployed: z.boolean().nullable(),
      note: z.string(),
      by: ZPerson.nullable(),
    }),
  ),
  durable: z.boolean(),
  ended: z.object({ date: z.string(), reason: z.string() }).nullable(),
});

/**
 * The CV summary a contractor sees of an introduced candidate (never target groups, benefit or
 * support needs): shown only while the candidate's consent to sharing with employers stands.
 */
export const ZMatchCv = z.object({
  skills: z.array(z.string()),
  occupations: z.array(z.string()),
  workExperience: z.array(
    z.object({ title: z.string(), employer: z.string(), from: z.string(), to: z.string().nullable() }),
  ),
  education: z.array(z.object({ level: z.string(), programme: z.string(), completed: z.boolean() })),
  educationLevel: z.string().nullable(),
  dutchLevel: z.string().nullable(),
  drivingLicence: z.boolean().nullable(),
});
export type TMatchCv = z.infer<typeof ZMatchCv>;
