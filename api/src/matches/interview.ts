import type { SessionUser } from '../http/session-user';
import type { TInterviewPlan, TMatch, TRescheduleInterview } from '../contract';
import { dutchToday } from '../contracts/today';
import { updateDocument } from '../database/document-lock';
import { AppError, forbidden, invalidField, staleVersion } from '../http/app-error';
import type { CalendarEvent } from '../mail/calendar-invite';
import { dutchInstant } from '../mail/digest-schedule';
import { MatchModel, type MatchDoc } from './matches.model';
import { findMatchFor } from './matches.policy';
import { presentMatch } from './matches.presenter';
import { notifyParties } from './notify-parties';
import { matchNames } from './stage-notifications';

/** An interview is planned for today or later; a past one cannot be attended (or put in a calendar). */
export function checkInterviewDate(plan: TInterviewPlan): void {
  const today = dutchToday();
  if (plan.date < today) {
    throw invalidField(
      'body.interview.date',
      `An interview is planned for today (${today}) or later`,
      'date_in_past',
    );
  }
}

const longDate = (date: string, locale: 'nl-NL' | 'en-GB') =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

function calendarEvent(match: MatchDoc, names: { place: string; contractor: string }): CalendarEvent {
  const interview = match.interview!;
  return {
    uid: `interview-${String(match._id)}@kansplek`,
    sequence: interview.sequence ?? 0,
    start: dutchInstant(interview.date, interview.startTime).toISOString(),
    end: dutchInstant(interview.date, interview.endTime).toISOString(),
    // No candidate's name: the file travels beyond the app (calendars, shared agendas).
    title: {
      nl: `Sollicitatiegesprek ${names.place} (${names.contractor})`,
      en: `Interview ${names.place} (${names.contractor})`,
    },
    location: interview.location,
    path: `/matches/${String(match._id)}`,
  };
}

/**
 * Tells every other party of the match when and where the interview is, with the appointment as an
 * .ics file in the mail. The candidate's own message does not name them; the others' does.
 */
export async function notifyInterview(
  match: MatchDoc,
  exceptUserId: string,
  kind: 'interview_planned' | 'interview_rescheduled',
): Promise<void> {
  const interview = match.interview;
  if (!interview) return;
  const names = await matchNames(match);
  const params = {
    place: names.place,
    contractor: names.contractor,
    dateNl: longDate(interview.date, 'nl-NL'),
    dateEn: longDate(interview.date, 'en-GB'),
    startTime: interview.startTime,
    endTime: interview.endTime,
    location: interview.location,
  };
  const common = { kind, link: `/matches/${String(match._id)}`, calendarEvent: calendarEvent(match, names) };
  await notifyParties(match, exceptUserId, { ...common, params }, ['candidate']);
  await notifyParties(match, exceptUserId, { ...common, params: { ...params, candidate: names.candidate } }, [
    'consultant',
    'contractor',
  ]);
}

/** Moves a planned interview to another date, time or place; the parties get the new appointment. */
export async function rescheduleInterview(
  user: SessionUser,
  id: string,
  input: TRescheduleInterview,
): Promise<TMatch> {
  const { match, actor } = await findMatchFor(user, id);
  if (actor === 'candidate') throw forbidden('Your consultant or the employer moves the interview');
  if (match.stage !== 'interview' || !match.interview) {
    throw new AppError(422, 'invalid_transition', 'Only a planned interview can be moved', {
      from: match.stage,
      allowed: [],
    });
  }
  checkInterviewDate(input.interview);
  const updated = await updateDocument(
    MatchModel,
    { _id: match._id, version: input.version, stage: 'interview' },
    {
      $set: { interview: { ...input.interview, sequence: (match.interview.sequence ?? 0) + 1 } },
      $push: {
        timeline: {
          stage: 'interview',
          at: new Date(),
          byId: user.id,
          byName: user.name,
          note: input.note,
          event: 'interview_rescheduled',
        },
      },
      $inc: { version: 1 },
    },
  );
  if (!updated) throw staleVersion((await findMatchFor(user, id)).match.version ?? 0);
  await notifyInterview(updated as MatchDoc, user.id, 'interview_rescheduled');
  return presentMatch(updated as MatchDoc, actor);
}
