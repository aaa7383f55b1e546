import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { TConfig } from '../config';
import type { Logger } from '../logger';
import { startLocalMailpit, type LocalMailpit } from './local-mailpit';
import { createMailTransport } from './mail-transport';
import { startMailer } from './start-mailer';

export interface MailServer {
  /** Where to read the mail when the embedded Mailpit runs; null with SMTP_URL (or when Mailpit failed). */
  mailpit: { webUrl: string; hasWebUi: boolean } | null;
  /** Starts sending from the outbox; call once the database is connected. */
  startSending(): void;
  stop(): Promise<void>;
}

/**
 * SMTP_URL, or the embedded Mailpit (its caught mail kept under DATA_DIR). Without either the platform
 * still runs: mail waits in the outbox until a mail server is there.
 */
export async function startMailServer(config: TConfig, log: Logger): Promise<MailServer> {
  let mailpit: LocalMailpit | undefined;
  let smtpUrl = config.SMTP_URL;
  if (!smtpUrl) {
    try {
      const dir = path.join(config.DATA_DIR, 'mailpit');
      mkdirSync(dir, { recursive: true });
      mailpit = await startLocalMailpit({ log: (m) => log.info(m), database: path.join(dir, 'mailpit.db') });
      smtpUrl = mailpit.smtpUrl;
      log.info({ webUrl: mailpit.webUrl }, 'embedded mail server (Mailpit) started');
    } catch (error) {
      log.warn(
        { err: error },
        'no mail server: mail waits in the outbox (set SMTP_URL, or install Go for Mailpit)',
      );
    }
  }
  let stopMailer: () => Promise<void> = async () => undefined;
  return {
    mailpit: mailpit ? { webUrl: mailpit.webUrl, hasWebUi: mailpit.hasWebUi } : null,
    startSending: () => {
      if (!smtpUrl) return;
      const transport = createMailTransport(smtpUrl, config.MAIL_FROM);
      const mailer = startMailer({ transport, publicUrl: config.PUBLIC_URL, log });
      stopMailer = () => mailer.stop();
    },
    stop: async () => {
      await stopMailer();
      await mailpit?.stop();
    },
  };
}
