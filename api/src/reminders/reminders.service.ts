import type { Types } from 'mongoose';
import { updateDocument } from '../database/document-lock';
import { createLogger, type Logger } from '../logger';
import { notifyUser } from '../notifications/notifications.service';
import { ReminderModel, type ReminderDoc, type TReminderKind } from './reminders.model';

/** What each kind's message needs (see notification-messages.ts); dates come formatted for display. */
export interface ReminderParams {
  trial_ending: { candidate: string; place: string; date: string };
  checkin_overdue: { candidate: string; place: string; date: string };
  aftercare_due: { months: string; candidate: string; place: string; date: string };
}

type Id = string | Types.ObjectId;

export type ScheduleReminderInput = {
  [K in TReminderKind]: {
    /** The idempotency key, e.g. `trial-ending:<matchId>:<plannedEnd>`. */
    key: string;
    kind: K;
    dueAt: Date;
    userIds: Id[];
    params: ReminderParams[K];
    link?: string | null;
    matchId?: Id | null;
    candidateId?: Id | null;
  };
}[TReminderKind];

export type ReminderFilter = { matchId: Id } | { keyPrefix: string };

const DUPLICATE_KEY = 11000;
const SCHEDULE_ATTEMPTS = 5;
const SEND_BATCH = 100;

const isDuplicateKey = (error: unknown) => (error as { code?: number })?.code === DUPLICATE_KEY;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Creates the reminder for `key`, or reschedules it (dueAt, recipients, params) while it is pending.
 * A sent reminder stays sent, so a key is never sent twice. A cancelled one becomes pending again:
 * scheduling is an explicit request, e.g. a trial extended and then set back to its first end date
 * (its old key was cancelled by prefix) must be reminded of again.
 */
export async function scheduleReminder(input: ScheduleReminderInput): Promise<ReminderDoc> {
  const fields = {
    kind: input.kind,
    dueAt: input.dueAt,
    userIds: [...new Set(input.userIds.map(String))],
    params: input.params,
    link: input.link ?? null,
    matchId: input.matchId ?? null,
    candidateId: input.candidateId ?? null,
  };
  for (let attempt = 0; attempt < SCHEDULE_ATTEMPTS; attempt += 1) {
    const existing = await ReminderModel.findOne({ key: input.key }).lean<ReminderDoc>();
    if (!existing) {
      try {
        return (await ReminderModel.create({ key: input.key, ...fields })).toObject() as ReminderDoc;
      } catch (error) {
        // Another caller created the key just now (the unique index): treat ours as a reschedule.
        if (isDuplicateKey(error)) continue;
        throw error;
      }
    }
    if (existing.status === 'sent') return existing;
    // Matching on the status read keeps a send that claimed it meanwhile from being undone.
    const updated = await updateDocument(
      ReminderModel,
      { _id: existing._id, status: existing.status },
      { $set: { ...fields, status: 'pending', cancelledAt: null } },
    );
    if (updated) return updated as ReminderDoc;
  }
  throw new Error(`Reminder ${input.key} changed on every attempt to schedule it`);
}

/** Pending reminders of a match, or whose key starts with a prefix, are cancelled; returns how many. */
export async function cancelReminders(filter: ReminderFilter): Promise<number> {
  if ('keyPrefix' in filter && !filter.keyPrefix) throw new Error('cancelReminders: empty keyPrefix');
  const where =
    'matchId' in filter
      ? { matchId: filter.matchId }
      : { key: { $regex: `^${escapeRegExp(filter.keyPrefix)}` } };
  const pending = await ReminderModel.find({ ...where, status: 'pending' })
    .select({ _id: 1 })
    .lean<Array<Pick<ReminderDoc, '_id'>>>();
  let cancelled = 0;
  // One by one through the document lock (not updateMany), so a cancel and a send cannot interleave.
  for (const { _id } of pending) {
    const done = await updateDocument(
      ReminderModel,
      { _id, status: 'pending' },
      { $set: { status: 'cancelled', cancelledAt: new Date() } },
    );
    if (done) cancelled += 1;
  }
  return cancelled;
}

// Callers without a logger (tests, scripts) still see undelivered reminders.
const fallbackLog = createLogger('error');

/**
 * Sends every pending reminder due at `now`; returns how many were sent.
 *
 * At most once: a reminder is claimed (pending → sent, one atomic update) before anyone is notified,
 * so of two racing runs only one notifies, and an error or crash while notifying loses that reminder
 * (logged) instead of repeating it. At least once would need a 'sending' state with a lease that a
 * later run takes over, and since notifyUser stores a new notification on each call, a retry after a
 * partial send would notify the first recipients twice. A reminder is a nudge: a missed one is in
 * the log, a repeated one is noise in every recipient's inbox.
 */
export async function sendDueReminders(now: Date = new Date(), log: Logger = fallbackLog): Promise<number> {
  let sent = 0;
  // Pages by _id, as refreshContractStatuses does: no long-lived cursor, and the loop ends even if
  // some reminder could not be claimed and stays pending.
  let after: Types.ObjectId | undefined;
  for (;;) {
    const batch = await ReminderModel.find({
      status: 'pending',
      dueAt: { $lte: now },
      ...(after ? { _id: { $gt: after } } : {}),
    })
      .sort({ _id: 1 })
      .limit(SEND_BATCH)
      .lean<ReminderDoc[]>();
    for (const reminder of batch) {
      if (await sendReminder(reminder, log)) sent += 1;
    }
    if (batch.length < SEND_BATCH) return sent;
    after = batch[batch.length - 1]!._id;
  }
}

async function sendReminder(reminder: ReminderDoc, log: Logger): Promise<boolean> {
  const claimed = await updateDocument(
    ReminderModel,
    { _id: reminder._id, status: 'pending' },
    { $set: { status: 'sent', sentAt: new Date() } },
  );
  // Sent by another run, or cancelled, since it was read.
  if (!claimed) return false;
  const { kind, params = {}, link, candidateId } = claimed as ReminderDoc;
  for (const userId of claimed.userIds) {
    try {
      await notifyUser(String(userId), { kind, params, link: link ?? undefined, candidateId });
    } catch (error) {
      log.error(
        { err: error, reminder: reminder.key, userId: String(userId) },
        'reminder not delivered to this recipient; it is marked sent and not retried',
      );
    }
  }
  return true;
}

export const REMINDER_INTERVAL_MS = 60_000;

export interface ReminderWorker {
  /** Stops the timer and waits for a run in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Sends due reminders now and then every interval. The first run catches up on reminders that fell
 * due while no process ran. Each reminder is claimed by one atomic update before it is sent, so runs
 * may overlap or run in two API processes (updateDocument: on FerretDB under a lease, see document-lock.ts).
 */
export function startReminders(log: Logger, intervalMs = REMINDER_INTERVAL_MS): ReminderWorker {
  let running: Promise<void> | undefined;
  const run = () => {
    // A run longer than the interval is not overlapped by the next; that tick is skipped.
    if (running) return;
    running = sendDueReminders(new Date(), log)
      .then((sent) => {
        if (sent > 0) log.info({ sent }, 'reminders sent');
      })
      .catch((error: unknown) => log.warn({ err: error }, 'sending reminders failed; retrying later'))
      .finally(() => {
        running = undefined;
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
