import type { Logger } from '../logger';
import { sendDueReminders } from './reminders.service';

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
