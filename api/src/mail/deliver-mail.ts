import type { Types } from 'mongoose';
import { updateDocument } from '../database/document-lock';
import { createLogger, type Logger } from '../logger';
import { calendarAttachment } from './calendar-invite';
import { renderDigest } from './digest-content';
import { preferencesFooter } from './mail-footer';
import { renderMail } from './mail-layout';
import { FORGET_CONTENT, MailModel, type MailDoc } from './mail-outbox.model';
import { sendFailure, type MailTransport, type SendFailure } from './mail-transport';

/** Longer than one SMTP exchange may take (the transport's timeouts), so a live claim never expires. */
export const LEASE_MS = 2 * 60_000;
export const MAX_ATTEMPTS = 10;
const BATCH = 50;

/** 1, 2, 4, … minutes, at most four hours apart: ten attempts span about a day. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 4 * 60 * 60_000);
}

export interface DeliveryOptions {
  transport: MailTransport;
  publicUrl: string;
  now?: Date;
  log?: Logger;
}

export interface DeliveryResult {
  sent: number;
  failed: number;
}

const fallbackLog = createLogger('warn');

/** Due mail, a batch at a time by _id: waiting mail whose time has come, and claims whose lease ran out. */
async function dueBatch(now: Date, after: Types.ObjectId | undefined): Promise<MailDoc[]> {
  const page = after ? { _id: { $gt: after } } : {};
  const [waiting, abandoned] = await Promise.all([
    MailModel.find({ status: { $in: ['pending', 'collecting'] }, sendAt: { $lte: now }, ...page })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean<MailDoc[]>(),
    MailModel.find({ status: 'sending', leaseUntil: { $lt: now }, ...page })
      .sort({ _id: 1 })
      .limit(BATCH)
      .lean<MailDoc[]>(),
  ]);
  return [...waiting, ...abandoned]
    .sort((a, b) => String(a._id).localeCompare(String(b._id)))
    .slice(0, BATCH);
}

/**
 * Claims a mail for this run with one conditional update on what was read: of two processes that read
 * it, one claims it and the other's update matches nothing.
 */
function claim(mail: MailDoc, now: Date): Promise<MailDoc | null> {
  const expected =
    mail.status === 'sending' ? { status: 'sending', leaseUntil: mail.leaseUntil } : { status: mail.status };
  return updateDocument(
    MailModel,
    { _id: mail._id, ...expected },
    { $set: { status: 'sending', leaseUntil: new Date(now.getTime() + LEASE_MS) } },
  ) as Promise<MailDoc | null>;
}

function messageOf(mail: MailDoc, publicUrl: string) {
  if (mail.kind === 'digest') return renderDigest(mail, publicUrl);
  if (!mail.content) return null;
  const footer = mail.content.preferencesFooter ? preferencesFooter(mail.locale) : [];
  const attachments = mail.calendar ? [calendarAttachment(mail.calendar, mail.locale, publicUrl)] : [];
  return { ...renderMail({ ...mail.content, footer }, mail.locale, publicUrl), attachments };
}

async function deliverOne(
  mail: MailDoc,
  options: Required<DeliveryOptions>,
): Promise<'sent' | 'failed' | 'dropped'> {
  const { transport, publicUrl } = options;
  const owned = { _id: mail._id, status: 'sending', leaseUntil: mail.leaseUntil };
  try {
    const message = messageOf(mail, publicUrl);
    if (!message || !mail.to) {
      // Nothing left to say (a digest whose items were all withheld): nothing to send.
      await updateDocument(MailModel, owned, { $set: { status: 'cancelled', ...FORGET_CONTENT } });
      return 'dropped';
    }
    await transport.send({ to: mail.to, ...message });
  } catch (error) {
    await recordFailure(mail, sendFailure(error), options);
    return 'failed';
  }
  await updateDocument(MailModel, owned, {
    $set: { status: 'sent', sentAt: new Date(), leaseUntil: null, lastError: null, ...FORGET_CONTENT },
    $inc: { attempts: 1 },
  });
  return 'sent';
}

/** Tries again later with backoff, or gives up (a refusal for good, or the last attempt). */
async function recordFailure(mail: MailDoc, failure: SendFailure, options: Required<DeliveryOptions>) {
  const { now, log } = options;
  const owned = { _id: mail._id, status: 'sending', leaseUntil: mail.leaseUntil };
  const attempts = mail.attempts + 1;
  const giveUp = failure.permanent || attempts >= MAX_ATTEMPTS;
  const retryAt = new Date(now.getTime() + retryDelayMs(attempts));
  await updateDocument(MailModel, owned, {
    $set: giveUp
      ? { status: 'failed', leaseUntil: null, lastError: failure.code, ...FORGET_CONTENT }
      : { status: 'pending', leaseUntil: null, lastError: failure.code, sendAt: retryAt },
    $inc: { attempts: 1 },
  });
  // Ids and codes only: an SMTP reply can quote the address.
  log.warn(
    {
      mailId: String(mail._id),
      kind: mail.kind,
      attempts,
      code: failure.code,
      retryAt: giveUp ? null : retryAt,
    },
    giveUp ? 'mail not sent; given up' : 'mail not sent; retrying later',
  );
}

/** Sends every mail due at `now`, one at a time; a failure is retried later with backoff. */
export async function deliverDueMail(options: DeliveryOptions): Promise<DeliveryResult> {
  const full = { ...options, now: options.now ?? new Date(), log: options.log ?? fallbackLog };
  const result: DeliveryResult = { sent: 0, failed: 0 };
  let after: Types.ObjectId | undefined;
  for (;;) {
    const batch = await dueBatch(full.now, after);
    for (const mail of batch) {
      const claimed = await claim(mail, full.now);
      if (!claimed) continue;
      const outcome = await deliverOne(claimed, full);
      if (outcome !== 'dropped') result[outcome] += 1;
    }
    if (batch.length < BATCH) return result;
    after = batch[batch.length - 1]!._id;
  }
}

const KEEP_FINAL_MS = 30 * 24 * 60 * 60_000;

/** Sent, failed and cancelled mail (kept without content) are forgotten after 30 days. */
export async function purgeOldMail(now = new Date()): Promise<number> {
  const { deletedCount } = await MailModel.deleteMany({
    status: { $in: ['sent', 'failed', 'cancelled'] },
    updatedAt: { $lt: new Date(now.getTime() - KEEP_FINAL_MS) },
  });
  return deletedCount;
}
