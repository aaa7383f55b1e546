import { publish } from '../events/domain-events';
import type { SessionUser } from '../http/session-user';
import { defaultTrialEnd, type TMatch, type TStartTrial, type TTrialCheckIn } from '../contract';
import { dutchToday } from '../contracts/today';
import { invalidField, staleVersion } from '../http/app-error';
import { assertDisplacementConfirmed } from '../places/displacement-guard';
import type { MatchDoc } from './matches.model';
import { presentMatch } from './matches.presenter';
import { claimCandidate, undoClaim } from './candidate-placement';
import { findMatchFor, mayMove } from './matches.policy';
import { scheduleTrialReminders } from './match-reminders';
import { moveMatch, refuseMove } from './move-match';
import { recordOnMatch, wrongStage } from './record-on-match';
import { notifyRecord } from './record-notifications';
import { notifyStageChange } from './stage-notifications';

/**
 * The trial period (proefplaatsing) starts after the interview: the candidate is claimed first (one
 * trial at a time, not while employed), then the match moves; when the move fails the claim is undone,
 * so nothing is left half-written. Planned end: the last day of two calendar months unless given
 * (longer only with a reason).
 */
export async function startTrial(user: SessionUser, id: string, input: TStartTrial): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  // Checked before the claim too, so a move that cannot succeed never touches the candidate.
  if (!mayMove(match.stage, 'trial', actor)) throw refuseMove(match.stage, 'trial', actor);
  if (match.version !== input.version) throw staleVersion(match.version ?? 0);
  await assertDisplacementConfirmed(match.placeId);
  const trial = {
    startDate: input.startDate,
    plannedEnd: input.plannedEnd ?? defaultTrialEnd(input.startDate),
    longerReason: input.longerReason ?? null,
    intentToEmploy: input.intentToEmploy,
    checkIns: [],
    extensions: [],
    outcome: null,
  };
  const before = await claimCandidate(match);
  let moved: MatchDoc;
  try {
    moved = await moveMatch(user, match, actor, {
      to: 'trial',
      version: input.version,
      note: input.note,
      set: { trial },
    });
  } catch (error) {
    await undoClaim(match, before);
    throw error;
  }
  // The trial counts for the place's contract from its first day (proefplaatsing): credits react.
  await publish('match.trial_started', { matchId: String(moved._id) });
  await notifyStageChange(moved, user.id);
  await scheduleTrialReminders(moved);
  return presentMatch(moved, actor);
}

/**
 * A check-in during the trial: ratings 1–5 for attendance, attitude, skills and fit, by the consultant
 * or the contractor. Appended (no version needed: two check-ins never overwrite each other); the
 * overdue reminder now counts from the latest check-in.
 */
export async function recordTrialCheckIn(
  user: SessionUser,
  id: string,
  input: TTrialCheckIn,
): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  const refused = 'Check-ins are recorded during a trial only';
  if (match.stage !== 'trial' || !match.trial) throw wrongStage(match, actor, refused);
  if (input.date < match.trial.startDate) {
    throw invalidField('body.date', `A check-in is on or after the trial start (${match.trial.startDate})`);
  }
  if (input.date > dutchToday()) throw invalidField('body.date', 'A check-in cannot be in the future');
  const updated = await recordOnMatch(user, match, actor, {
    stage: 'trial',
    refused,
    update: {
      $push: {
        'trial.checkIns': { ...input, role: actor, at: new Date(), byId: user.id, byName: user.name },
      },
    },
  });
  await notifyRecord(updated, user.id, 'trial_check_in');
  await scheduleTrialReminders(updated);
  return presentMatch(updated, actor);
}
