import type { SessionUser } from '../http/session-user';
import {
  addMonths,
  AFTERCARE_MONTHS,
  latestTrialEnd,
  type TMatch,
  type TPipelineActor,
  type TTrialOutcome,
} from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { dutchToday } from '../contracts/today';
import { AppError, invalidField } from '../http/app-error';
import { employmentPerson } from '../valuation/employment-situation';
import type { MatchDoc } from './matches.model';
import { presentMatch } from './matches.presenter';
import { publish } from '../events/domain-events';
import { confirmEmployed, releaseCandidate } from './candidate-placement';
import { findMatchFor } from './matches.policy';
import { cancelMatchReminders, scheduleAftercareReminders, scheduleTrialReminders } from './match-reminders';
import { moveMatch } from './move-match';
import { recordOnMatch, wrongStage } from './record-on-match';
import { notifyRecord } from './record-notifications';
import { fillPlaceWhenComplete } from './fill-place';
import { notifyStageChange } from './stage-notifications';

type Outcome<K extends TTrialOutcome['outcome']> = Extract<TTrialOutcome, { outcome: K }>;
type Decided = { user: SessionUser; match: MatchDoc; actor: TPipelineActor };

/** How a trial ends: hired (employment with aftercare), extended (within six months) or stopped. */
export async function decideTrialOutcome(
  user: SessionUser,
  id: string,
  input: TTrialOutcome,
): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  const decided = { user, match, actor };
  const updated =
    input.outcome === 'extended'
      ? await extendTrial(decided, input)
      : input.outcome === 'stopped'
        ? await stopTrial(decided, input)
        : await hireCandidate(decided, input);
  // The placement's credit follows the trial's end and the employment (credits react).
  await publish('trial.outcome_recorded', { matchId: String(updated._id), outcome: input.outcome });
  return presentMatch(updated, actor);
}

/** A later planned end, with a reason; never beyond six months after the start. The stage stays trial. */
async function extendTrial({ user, match, actor }: Decided, input: Outcome<'extended'>) {
  const refused = 'Only a running trial can be extended';
  if (match.stage !== 'trial' || !match.trial) throw wrongStage(match, actor, refused);
  const { startDate, plannedEnd } = match.trial;
  if (input.plannedEnd <= plannedEnd) {
    throw unprocessableEnd(`The new end must be after the current one (${plannedEnd})`);
  }
  const latest = latestTrialEnd(startDate);
  if (input.plannedEnd > latest) throw unprocessableEnd(`A trial lasts at most 6 months (until ${latest})`);
  const at = new Date();
  const updated = await recordOnMatch(user, match, actor, {
    stage: 'trial',
    version: input.version,
    refused,
    update: {
      $set: { 'trial.plannedEnd': input.plannedEnd },
      $push: {
        'trial.extensions': {
          plannedEnd: input.plannedEnd,
          reason: input.reason,
          at,
          byId: user.id,
          byName: user.name,
        },
        timeline: {
          stage: 'trial',
          at,
          byId: user.id,
          byName: user.name,
          note: `Verlengd tot ${input.plannedEnd}: ${input.reason}`,
        },
      },
    },
  });
  await notifyRecord(updated, user.id, 'trial_extended', input.plannedEnd);
  await scheduleTrialReminders(updated);
  return updated;
}

const unprocessableEnd = (message: string) =>
  new AppError(422, 'unprocessable', message, {
    issues: [{ path: 'body.plannedEnd', code: 'invalid_trial_end', message }],
  });

/**
 * The trial stops: the match ends, and the candidate is free for other places again. It counts up to
 * the stop date given, which lies within the trial and not after today.
 */
async function stopTrial({ user, match, actor }: Decided, input: Outcome<'stopped'>) {
  if (match.trial && input.stopDate < match.trial.startDate) {
    throw invalidField('body.stopDate', `A trial stops on or after its start (${match.trial.startDate})`);
  }
  if (input.stopDate > dutchToday()) throw invalidField('body.stopDate', 'A trial cannot stop in the future');
  const moved = await moveMatch(user, match, actor, {
    to: 'stopped',
    version: input.version,
    note: input.note,
    set: {
      'trial.outcome': 'stopped',
      'trial.stoppedOn': input.stopDate,
      dismissal: { reason: input.reason, note: input.note, by: actor },
    },
  });
  await releaseCandidate(moved, { priorityReplacement: false, newSearch: false });
  await cancelMatchReminders(moved);
  await notifyStageChange(moved, user.id);
  return moved;
}

/**
 * Hired: the employment is recorded with its aftercare check-ins (1, 3, 6 and 12 months after it
 * starts). The candidate stays placed, now by the employment.
 */
async function hireCandidate({ user, match, actor }: Decided, input: Outcome<'hired'>) {
  const { employment } = input;
  if (match.trial && employment.startDate < match.trial.startDate) {
    throw invalidField(
      'body.employment.startDate',
      `Employment starts on or after the trial start (${match.trial.startDate})`,
    );
  }
  // The benefit situation on the employment's first day chooses its building block, whatever changes later.
  const candidate = await CandidateModel.findById(match.candidateId)
    .select({ benefitType: 1, benefitSince: 1, targetGroups: 1, birthDate: 1 })
    .lean();
  const moved = await moveMatch(user, match, actor, {
    to: 'hired',
    version: input.version,
    note: input.note,
    set: {
      'trial.outcome': 'hired',
      employment: {
        ...employment,
        person: employmentPerson(candidate ?? {}, employment.startDate),
        aftercare: AFTERCARE_MONTHS.map((month) => ({
          month,
          dueDate: addMonths(employment.startDate, month),
        })),
        durable: false,
        ended: null,
      },
    },
  });
  await confirmEmployed(moved);
  await fillPlaceWhenComplete(user, moved);
  await notifyStageChange(moved, user.id);
  await scheduleAftercareReminders(moved);
  return moved;
}
