import type { Logger } from '../logger';
import { deliverDueMail, purgeOldMail } from './deliver-mail';
import { mailQueued } from './enqueue-mail';
import type { MailTransport } from './mail-transport';

export const MAILER_INTERVAL_MS = 30_000;
const PURGE_EVERY_MS = 60 * 60_000;

export interface Mailer {
  /** Stops the timer and waits for a run in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Sends due mail at start (what waited while no process ran), whenever this process queues a mail,
 * and every interval (retries, digests, mail queued by another process). Each mail is claimed by one
 * conditional update before it is sent, so runs and processes may overlap.
 */
export function startMailer(
  options: { transport: MailTransport; publicUrl: string; log: Logger },
  intervalMs = MAILER_INTERVAL_MS,
): Mailer {
  const { log } = options;
  let running: Promise<void> | undefined;
  let again = false;
  let lastPurge = 0;
  const run = () => {
    if (running) {
      // Queued during a run: run once more when it ends, so the new mail does not wait a whole interval.
      again = true;
      return;
    }
    running = (async () => {
      const { sent, failed } = await deliverDueMail({ ...options });
      if (sent + failed > 0) log.info({ sent, failed }, 'mail delivered');
      if (Date.now() - lastPurge > PURGE_EVERY_MS) {
        lastPurge = Date.now();
        await purgeOldMail();
      }
    })()
      .catch((error: unknown) => log.warn({ err: error }, 'delivering mail failed; retrying later'))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          run();
        }
      });
  };
  run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  mailQueued.on('queued', run);
  return {
    stop: async () => {
      clearInterval(timer);
      mailQueued.off('queued', run);
      again = false;
      while (running) await running;
      options.transport.close();
    },
  };
}
