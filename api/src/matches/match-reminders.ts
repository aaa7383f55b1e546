import type { MatchDoc } from './matches.model';
import {
  cancelReminders,
  scheduleReminder,
  type ScheduleReminderInput,
} from '../reminders/reminders.service';
import { partiesOf } from './notify-parties';
import { matchNames } from './stage-notifications';

/** Trial ending: a week ahead. Check-in overdue: two weeks after the start or the last check-in. */
const TRIAL_ENDING_DAYS_BEFORE = 7;
const CHECKIN_DUE_AFTER_DAYS = 14;

const DAY_MS = 24 * 60 * 60_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
// Seven in the morning UTC: eight or nine in the Netherlands, at the start of the working day.
const morningOf = (date: string) => new Date(`${date}T07:00:00Z`);
/** `YYYY-MM-DD` as the Dutch write it (`DD-MM-YYYY`), for the reminder's text. */
const displayDate = (date: string) => date.split('-').reverse().join('-');

const trialEndingKey = (id: string) => `trial-ending:${id}:`;
const checkInKey = (id: string) => `checkin-overdue:${id}:`;
const aftercareKey = (id: string, dueDate: string) => `aftercare-due:${id}:${dueDate}`;

/** Who is reminded: those who follow the trial and the employment (consultant and contractor). */
async function audience(match: MatchDoc) {
  const [parties, names] = await Promise.all([partiesOf(match), matchNames(match)]);
  return {
    userIds: [...parties.consultant, ...parties.contractor],
    names: { candidate: names.candidate, place: names.place },
    matchId: match._id,
    candidateId: match.candidateId,
    link: `/matches/${String(match._id)}`,
  };
}

type MatchNames = { candidate: string; place: string };

/** A reminder as scheduled for a match: its key, kind, time and message parameters. */
export type MatchReminderSpec = Pick<ScheduleReminderInput, 'key' | 'kind' | 'dueAt' | 'params'>;

/** The reminders of a running trial: its ending (keyed by the planned end) and an overdue check-in. */
export function trialReminderSpecs(
  match: Pick<MatchDoc, '_id' | 'trial'>,
  names: MatchNames,
): MatchReminderSpec[] {
  const trial = match.trial;
  if (!trial) return [];
  const id = String(match._id);
  const lastContact = trial.checkIns.reduce((last, c) => (c.date > last ? c.date : last), trial.startDate);
  return [
    {
      key: trialEndingKey(id) + trial.plannedEnd,
      kind: 'trial_ending',
      dueAt: morningOf(addDays(trial.plannedEnd, -TRIAL_ENDING_DAYS_BEFORE)),
      params: { ...names, date: displayDate(trial.plannedEnd) },
    },
    {
      key: checkInKey(id) + lastContact,
      kind: 'checkin_overdue',
      dueAt: morningOf(addDays(lastContact, CHECKIN_DUE_AFTER_DAYS)),
      params: { ...names, date: displayDate(lastContact) },
    },
  ];
}

/** The reminders of an employment: each aftercare check-in not done yet, on its due date. */
export function aftercareReminderSpecs(
  match: Pick<MatchDoc, '_id' | 'employment'>,
  names: MatchNames,
): MatchReminderSpec[] {
  const id = String(match._id);
  return (match.employment?.aftercare ?? [])
    .filter((a) => !a.doneAt)
    .map((entry) => ({
      key: aftercareKey(id, entry.dueDate),
      kind: 'aftercare_due',
      dueAt: morningOf(entry.dueDate),
      params: { ...names, months: String(entry.month), date: displayDate(entry.dueDate) },
    }));
}

/**
 * The reminders of a running trial, for its current state: the trial ending (the key names the planned
 * end, so an extension replaces it) and an overdue check-in (the key names the last check-in date).
 * Called on start, on each check-in and on each extension; reminders for an older state are cancelled.
 */
export async function scheduleTrialReminders(match: MatchDoc): Promise<void> {
  if (!match.trial) return;
  const id = String(match._id);
  const { names, ...to } = await audience(match);
  await cancelReminders({ keyPrefix: trialEndingKey(id) });
  await cancelReminders({ keyPrefix: checkInKey(id) });
  for (const spec of trialReminderSpecs(match, names)) {
    await scheduleReminder({ ...to, ...spec } as ScheduleReminderInput);
  }
}

/** Hired: the trial's reminders end, and each aftercare check-in not done yet is reminded of when due. */
export async function scheduleAftercareReminders(match: MatchDoc): Promise<void> {
  const id = String(match._id);
  await cancelReminders({ keyPrefix: trialEndingKey(id) });
  await cancelReminders({ keyPrefix: checkInKey(id) });
  if (!match.employment) return;
  const { names, ...to } = await audience(match);
  for (const spec of aftercareReminderSpecs(match, names)) {
    await scheduleReminder({ ...to, ...spec } as ScheduleReminderInput);
  }
}

/** An aftercare check-in is done: its reminder, if still pending, is not needed. */
export async function cancelAftercareReminder(match: MatchDoc, dueDate: string): Promise<void> {
  await cancelReminders({ keyPrefix: aftercareKey(String(match._id), dueDate) });
}

/** The match ended (trial stopped, employment over): nothing about it is reminded of any more. */
export async function cancelMatchReminders(match: MatchDoc): Promise<void> {
  await cancelReminders({ matchId: match._id });
}
