import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { MailAttachment } from './mail-outbox.model';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
}

export interface MailTransport {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Nodemailer over SMTP (`smtp://user:pass@host:port`, `smtps://…` for TLS), from one sender address. */
export function createMailTransport(smtpUrl: string, from: string): MailTransport {
  const transporter = nodemailer.createTransport(
    {
      url: smtpUrl,
      // Well inside the sender's lease (LEASE_MS), so a hanging server cannot outlive a claim.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    } satisfies SMTPTransport.Options,
    { from },
  );
  return {
    send: async (mail) => {
      await transporter.sendMail({
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: (mail.attachments ?? []).map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: a.content,
        })),
      });
    },
    close: () => transporter.close(),
  };
}

export interface SendFailure {
  /** An SMTP reply code (`550`) or a Node/nodemailer error code (`ECONNREFUSED`): never the reply text. */
  code: string;
  /** 5xx: the server refused this mail for good (unknown mailbox, …); trying again changes nothing. */
  permanent: boolean;
}

export function sendFailure(error: unknown): SendFailure {
  const { responseCode, code } = (error ?? {}) as { responseCode?: number; code?: string };
  // Not from the mail server: the mail could not be made (e.g. its calendar file); trying again
  // makes the same mail.
  if (responseCode === undefined && code === undefined) return { code: 'unrenderable', permanent: true };
  if (typeof responseCode === 'number') {
    return { code: String(responseCode), permanent: responseCode >= 500 && responseCode < 600 };
  }
  return { code: typeof code === 'string' ? code : 'unknown', permanent: false };
}
