import type { TMatch, TRole } from '@kansplek/api/contract';
import { CONSULTANT, matchFixture, runningTrial } from '../testing/pipeline-fixtures';
import { hasStepsOnPage, matchSteps, type MatchSteps } from './match-steps';

const asked = { requestedAt: '2026-11-21T09:00:00.000Z', requestedBy: CONSULTANT, consent: null };
const employment: NonNullable<TMatch['employment']> = {
  startDate: '2027-02-01',
  contractType: 'temporary',
  hoursPerWeek: 32,
  plannedEnd: '2028-01-31',
  aftercare: [],
  mboLevel: null,
  durable: false,
  ended: null,
};

const plannedInterview = { date: '2027-01-12', startTime: '10:00', endTime: '11:00', location: 'Markt 1' };

const none: MatchSteps = {
  simpleMoves: [],
  exits: [],
  requestIntroduction: false,
  recordConsentInPerson: false,
  answerConsent: false,
  planInterview: false,
  rescheduleInterview: false,
  startTrial: false,
  followTrial: false,
  followEmployment: false,
};

describe('what a party can do with a match now', () => {
  it.each<[string, TRole, Partial<TMatch>, Partial<MatchSteps>]>([
    [
      'a consultant with a proposal',
      'consultant',
      { stage: 'proposed', nextStages: ['shortlisted', 'declined'] },
      { simpleMoves: ['shortlisted'], exits: ['declined'] },
    ],
    [
      'a consultant with a shortlisted candidate not yet asked',
      'consultant',
      { stage: 'shortlisted', nextStages: ['introduced', 'declined', 'withdrawn'] },
      { exits: ['declined', 'withdrawn'], requestIntroduction: true },
    ],
    [
      'a consultant waiting for the candidate’s consent',
      'consultant',
      { stage: 'shortlisted', introduction: asked, nextStages: ['introduced', 'declined', 'withdrawn'] },
      { exits: ['declined', 'withdrawn'], recordConsentInPerson: true },
    ],
    [
      'a candidate asked for consent',
      'candidate',
      { stage: 'shortlisted', introduction: asked, nextStages: ['introduced', 'declined'] },
      { exits: ['declined'], answerConsent: true },
    ],
    [
      'a contractor with an introduced candidate',
      'contractor',
      { stage: 'introduced', nextStages: ['interview', 'declined'] },
      { exits: ['declined'], planInterview: true },
    ],
    [
      'a contractor after the interview',
      'contractor',
      { stage: 'interview', nextStages: ['trial', 'declined'] },
      { exits: ['declined'], startTrial: true },
    ],
    [
      'a consultant with an interview planned',
      'consultant',
      { stage: 'interview', interview: plannedInterview, nextStages: ['trial', 'declined', 'withdrawn'] },
      { exits: ['declined', 'withdrawn'], startTrial: true, rescheduleInterview: true },
    ],
    [
      'a candidate with an interview planned',
      'candidate',
      { stage: 'interview', interview: plannedInterview, nextStages: ['withdrawn'] },
      { exits: ['withdrawn'] },
    ],
    [
      'a contractor during the trial',
      'contractor',
      { stage: 'trial', trial: runningTrial, nextStages: ['hired', 'stopped'] },
      { followTrial: true },
    ],
    [
      'a candidate during the trial',
      'candidate',
      { stage: 'trial', trial: runningTrial, nextStages: [] },
      {},
    ],
    [
      'a consultant after the hire',
      'consultant',
      { stage: 'hired', employment, nextStages: [] },
      { followEmployment: true },
    ],
    [
      'a consultant after the employment ended',
      'consultant',
      {
        stage: 'hired',
        employment: { ...employment, ended: { date: '2027-06-30', reason: 'Project klaar' } },
        nextStages: [],
      },
      {},
    ],
    ['anyone with a declined match', 'consultant', { stage: 'declined', nextStages: [] }, {}],
  ])('%s', (_case, role, match, expected) => {
    expect(matchSteps(matchFixture(match), role)).toEqual({ ...none, ...expected });
  });

  it('sends the board to the match page only for steps that need a form', () => {
    expect(hasStepsOnPage({ ...none, simpleMoves: ['shortlisted'], exits: ['declined'] })).toBe(false);
    expect(hasStepsOnPage({ ...none, planInterview: true })).toBe(true);
    expect(hasStepsOnPage({ ...none, startTrial: true })).toBe(true);
    expect(hasStepsOnPage({ ...none, followEmployment: true })).toBe(true);
  });
});
