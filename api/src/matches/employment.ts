import { publish } from '../events/domain-events';
import type { SessionUser } from '../http/session-user';
import {
  addMonths,
  DURABLE_AFTER_MONTHS,
  type TAftercareCheckIn,
  type TEndEmployment,
  type TMatch,
} from '../contract';
import { dutchToday } from '../contracts/today';
import { AppError, invalidField } from '../http/app-error';
import { presentMatch } from './matches.presenter';
import { releaseCandidate } from './candidate-placement';
import { findMatchFor } from './matches.policy';
import { cancelAftercareReminder, cancelMatchReminders } from './match-reminders';
import { recordOnMatch, wrongStage } from './record-on-match';
import { notifyRecord } from './record-notifications';

const aftercareRefused = (message: string, code: string, path = 'body.month') =>
  new AppError(422, 'unprocessable', message, { issues: [{ path, code, message }] });

/**
 * An aftercare check-in (nazorg) at 1, 3, 6 or 12 months: once per month, from its due date on.
 * Still employed at six months or later makes the employment durable. "No longer employed" is not
 * recorded here: the employment is ended (POST …/employment/end, with its date and reason), which
 * returns the candidate to the pool; this answers 422 saying so, so the two cannot disagree.
 */
export async function recordAftercare(
  user: SessionUser,
  id: string,
  input: TAftercareCheckIn,
): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  const refused = 'Aftercare is recorded for a running employment only';
  const employment = match.employment;
  if (match.stage !== 'hired' || !employment || employment.ended) throw wrongStage(match, actor, refused);
  const index = employment.aftercare.findIndex((a) => a.month === input.month);
  const entry = employment.aftercare[index];
  if (!entry) throw invalidField('body.month', `No aftercare is planned at ${input.month} months`);
  if (entry.doneAt) {
    throw aftercareRefused(`The ${input.month}-month aftercare is already recorded`, 'already_done');
  }
  if (dutchToday() < entry.dueDate) {
    throw aftercareRefused(`The ${input.month}-month aftercare is due on ${entry.dueDate}`, 'not_due_yet');
  }
  if (!input.stillEmployed) {
    throw aftercareRefused(
      'When the candidate is no longer employed, end the employment (with its date and reason)',
      'end_employment_instead',
      'body.stillEmployed',
    );
  }
  const path = `employment.aftercare.${index}`;
  const updated = await recordOnMatch(user, match, actor, {
    stage: 'hired',
    version: input.version,
    where: { 'employment.ended': null },
    refused,
    update: {
      $set: {
        [`${path}.doneAt`]: new Date(),
        [`${path}.stillEmployed`]: true,
        [`${path}.note`]: input.note,
        [`${path}.byId`]: user.id,
        [`${path}.byName`]: user.name,
        ...(input.month >= DURABLE_AFTER_MONTHS ? { 'employment.durable': true } : {}),
      },
    },
  });
  await cancelAftercareReminder(updated, entry.dueDate);
  await notifyRecord(updated, user.id, 'aftercare', String(input.month));
  return presentMatch(updated, actor);
}

/**
 * The employment ends (e.g. the construction project is finished). Before it became durable (six
 * months) the candidate returns to the pool with priority for re-placement and keeps their waiting
 * time; after that, a new search starts. Reminders of the match are cancelled either way.
 */
export async function endEmployment(user: SessionUser, id: string, input: TEndEmployment): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  const refused = 'Only a running employment can end';
  const employment = match.employment;
  if (match.stage !== 'hired' || !employment || employment.ended) throw wrongStage(match, actor, refused);
  if (input.endDate < employment.startDate) {
    throw invalidField('body.endDate', `Employment ends on or after its start (${employment.startDate})`);
  }
  const updated = await recordOnMatch(user, match, actor, {
    stage: 'hired',
    version: input.version,
    where: { 'employment.ended': null },
    refused,
    update: {
      $set: { 'employment.ended': { date: input.endDate, reason: input.reason } },
      $push: {
        timeline: {
          stage: 'hired',
          at: new Date(),
          byId: user.id,
          byName: user.name,
          note: `Dienstverband beëindigd per ${input.endDate}: ${input.reason}`,
        },
      },
    },
  });
  const early = !employment.durable && input.endDate < addMonths(employment.startDate, DURABLE_AFTER_MONTHS);
  await releaseCandidate(updated, { priorityReplacement: early, newSearch: !early });
  await cancelMatchReminders(updated);
  await publish('employment.ended', { matchId: String(updated._id) });
  await notifyRecord(updated, user.id, 'employment_ended', input.endDate);
  return presentMatch(updated, actor);
}
