import type { TMatch, TRole } from '@kansplek/api/contract';

/** Moves that need nothing but a click (an interview needs its date, times and place: a form). */
export const SIMPLE_MOVES = ['shortlisted'] as const;
export type TSimpleMove = (typeof SIMPLE_MOVES)[number];

/** Moves that end a match; they need a reason. */
export const EXIT_MOVES = ['declined', 'withdrawn'] as const;
export type TExitMove = (typeof EXIT_MOVES)[number];

export interface MatchSteps {
  simpleMoves: TSimpleMove[];
  exits: TExitMove[];
  /** Consultant: ask the candidate's consent to introduce them to the contractor. */
  requestIntroduction: boolean;
  /** Consultant: record the candidate's answer, given in person. */
  recordConsentInPerson: boolean;
  /** Candidate: answer the introduction request. */
  answerConsent: boolean;
  /** Contractor or consultant: invite the candidate to an interview (date, times, place). */
  planInterview: boolean;
  /** Move the planned interview to another date, time or place. */
  rescheduleInterview: boolean;
  startTrial: boolean;
  /** Check-ins and the outcome while the trial runs. */
  followTrial: boolean;
  /** Aftercare check-ins and the end of the employment. */
  followEmployment: boolean;
}

/**
 * What this user can do with the match now. The API decides: `nextStages` lists the stages this user
 * may move the match to; the rest follows from where the match is.
 */
export function matchSteps(match: TMatch, role: TRole): MatchSteps {
  const next = new Set(match.nextStages);
  const waitingForConsent =
    match.stage === 'shortlisted' && match.introduction !== null && match.introduction.consent === null;
  return {
    simpleMoves: SIMPLE_MOVES.filter((stage) => next.has(stage)),
    exits: EXIT_MOVES.filter((stage) => next.has(stage)),
    requestIntroduction: role === 'consultant' && next.has('introduced') && match.introduction === null,
    recordConsentInPerson: role === 'consultant' && next.has('introduced') && waitingForConsent,
    answerConsent: role === 'candidate' && next.has('introduced') && waitingForConsent,
    planInterview: next.has('interview'),
    rescheduleInterview:
      match.stage === 'interview' &&
      match.interview !== null &&
      (role === 'consultant' || role === 'contractor'),
    startTrial: next.has('trial'),
    followTrial: match.stage === 'trial' && (next.has('hired') || next.has('stopped')),
    followEmployment:
      match.stage === 'hired' &&
      match.employment !== null &&
      match.employment.ended === null &&
      (role === 'consultant' || role === 'contractor'),
  };
}

/** Steps that need a form on the match page (the board links there for them). */
export function hasStepsOnPage(steps: MatchSteps): boolean {
  return (
    steps.requestIntroduction ||
    steps.recordConsentInPerson ||
    steps.answerConsent ||
    steps.planInterview ||
    steps.startTrial ||
    steps.followTrial ||
    steps.followEmployment
  );
}
