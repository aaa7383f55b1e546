import { Schema, model, type Types } from 'mongoose';
import { LOCALES, type TLocale } from '../contract';
import type { CalendarEvent } from './calendar-invite';

export const MAIL_KINDS = ['invitation', 'notification', 'digest'] as const;
export type TMailKind = (typeof MAIL_KINDS)[number];

/**
 * collecting: a digest still taking items until its send time; pending: waiting for (another) attempt;
 * sending: claimed by one process until leaseUntil; sent, failed (gave up) and cancelled are final.
 */
export const MAIL_STATUSES = ['collecting', 'pending', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type TMailStatus = (typeof MAIL_STATUSES)[number];

export interface MailAction {
  label: string;
  /** An app path (`/matches/…`, made absolute with PUBLIC_URL when sent) or an absolute URL. */
  href: string;
}

/** What a mail says, in its recipient's language; rendered to HTML and plain text when it is sent. */
export interface MailContent {
  subject: string;
  heading: string;
  paragraphs: string[];
  action?: MailAction | null;
  /** Ends with where the recipient chooses which mail they get (not for an invitation). */
  preferencesFooter?: boolean;
}

/** A file sent with a mail; made when the mail is sent (an appointment's .ics). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** One entry of a daily digest: a notification's own text and link. */
export interface DigestItem {
  title: string;
  body: string;
  link?: string | null;
  candidateId?: Types.ObjectId | string | null;
  calendar?: CalendarEvent | null;
}

const mailSchema = new Schema(
  {
    // One mail per key, ever: `notification:<id>`, `digest:<userId>:<date>`, `invitation:<userId>:<hash>`.
    key: { type: String, required: true },
    kind: { type: String, enum: MAIL_KINDS, required: true },
    userId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    to: { type: String, default: null },
    locale: { type: String, enum: LOCALES, default: 'nl' },
    // Content is kept only until the mail is sent, cancelled or given up.
    content: { type: Schema.Types.Mixed, default: null },
    // An appointment sent along as an .ics file.
    calendar: { type: Schema.Types.Mixed, default: null },
    items: { type: [Schema.Types.Mixed], default: [] },
    // The candidates the mail (or a digest's items) is about, so withdrawn consent or erasure can stop
    // it before it is sent; needsSharingConsent: the recipient (a contractor) may see them only while
    // they consent to sharing.
    candidateIds: { type: [Schema.Types.ObjectId], default: [] },
    needsSharingConsent: { type: Boolean, default: false },
    status: { type: String, enum: MAIL_STATUSES, required: true, default: 'pending' },
    sendAt: { type: Date, required: true },
    attempts: { type: Number, default: 0 },
    leaseUntil: { type: Date, default: null },
    // An SMTP reply code or error code only: never an address or any text of the mail.
    lastError: { type: String, default: null },
    sentAt: { type: Date, default: null },
  },
  { timestamps: true, minimize: false, collection: 'mail_outbox' },
);
mailSchema.index({ key: 1 }, { unique: true });
// The sender's query: what is due, and what a stopped process left claimed.
mailSchema.index({ status: 1, sendAt: 1 });
mailSchema.index({ status: 1, leaseUntil: 1 });
mailSchema.index({ candidateIds: 1 });
mailSchema.index({ userId: 1, status: 1 });

export interface MailDoc {
  _id: Types.ObjectId;
  key: string;
  kind: TMailKind;
  userId: Types.ObjectId | null;
  to: string | null;
  locale: TLocale;
  content: MailContent | null;
  calendar: CalendarEvent | null;
  items: DigestItem[];
  candidateIds: Types.ObjectId[];
  needsSharingConsent: boolean;
  status: TMailStatus;
  sendAt: Date;
  attempts: number;
  leaseUntil: Date | null;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export const MailModel = model('Mail', mailSchema);

/** What a final mail keeps: that it was there, not what it said or to whom. */
export const FORGET_CONTENT = { content: null, calendar: null, items: [], to: null } as const;
