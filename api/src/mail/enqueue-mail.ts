import { AsyncLocalStorage } from 'node:async_hooks';
import { EventEmitter } from 'node:events';
import type { Types } from 'mongoose';
import type { TLocale } from '../contract';
import { updateDocument } from '../database/document-lock';
import { createLogger, type Logger } from '../logger';
import type { CalendarEvent } from './calendar-invite';
import { digestDateFor, digestSendTime, nextDate } from './digest-schedule';
import {
  MailModel,
  type DigestItem,
  type MailContent,
  type MailDoc,
  type TMailKind,
} from './mail-outbox.model';

type Id = string | Types.ObjectId;

/** Tells this process's sender that a mail is waiting, so it goes out now rather than at the next tick. */
export const mailQueued = new EventEmitter();

const suppressed = new AsyncLocalStorage<true>();

/**
 * Runs `fn` without sending mail for what it causes: the demo story replays months of events at
 * start, and its notifications are history, not news for anyone's inbox.
 */
export function withoutMail<T>(fn: () => Promise<T>): Promise<T> {
  return suppressed.run(true, fn);
}

export interface MailInput {
  /** One mail per key, ever (a repeated enqueue is a no-op). */
  key: string;
  kind: Exclude<TMailKind, 'digest'>;
  userId?: Id | null;
  to: string;
  locale: TLocale;
  content: MailContent;
  calendar?: CalendarEvent | null;
  candidateId?: Id | null;
  needsSharingConsent?: boolean;
}

export interface DigestInput {
  userId: Id;
  to: string;
  locale: TLocale;
  item: DigestItem;
  needsSharingConsent: boolean;
}

const DUPLICATE_KEY = 11000;
const isDuplicateKey = (error: unknown) => (error as { code?: number })?.code === DUPLICATE_KEY;
const fallbackLog = createLogger('warn');

/**
 * Stores a mail in the outbox for the sender. Never throws: a mail must not fail the action that caused
 * it, so a storage error is logged (ids only) and the action goes on.
 */
export async function enqueueMail(input: MailInput, log: Logger = fallbackLog): Promise<boolean> {
  if (suppressed.getStore()) return false;
  try {
    const { candidateId, ...fields } = input;
    await MailModel.create({
      ...fields,
      candidateIds: candidateId ? [candidateId] : [],
      status: 'pending',
      sendAt: new Date(),
    });
    mailQueued.emit('queued');
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return true;
    log.warn({ err: { name: (error as Error).name }, mailKey: input.key }, 'mail not queued');
    return false;
  }
}

const DIGEST_ATTEMPTS = 5;

/**
 * Adds an item to the recipient's next daily digest: the digest of a date is one stored mail that
 * collects items until its send time; once the sender has claimed it, later items go into the next
 * day's. Never throws (see enqueueMail).
 */
export async function addToDigest(input: DigestInput, now = new Date(), log: Logger = fallbackLog) {
  if (suppressed.getStore()) return false;
  let date = digestDateFor(now);
  try {
    for (let attempt = 0; attempt < DIGEST_ATTEMPTS; attempt += 1) {
      const key = `digest:${String(input.userId)}:${date}`;
      const existing = await MailModel.findOne({ key })
        .select({ status: 1 })
        .lean<Pick<MailDoc, '_id' | 'status'>>();
      if (!existing) {
        try {
          await MailModel.create({
            key,
            kind: 'digest',
            userId: input.userId,
            to: input.to,
            locale: input.locale,
            items: [input.item],
            candidateIds: input.item.candidateId ? [input.item.candidateId] : [],
            needsSharingConsent: input.needsSharingConsent,
            status: 'collecting',
            sendAt: digestSendTime(date),
          });
          return true;
        } catch (error) {
          // Another item created this digest just now: add to it on the next round.
          if (isDuplicateKey(error)) continue;
          throw error;
        }
      }
      if (existing.status !== 'collecting') {
        date = nextDate(date);
        continue;
      }
      const added = await updateDocument(
        MailModel,
        { _id: existing._id, status: 'collecting' },
        {
          $push: { items: input.item },
          ...(input.item.candidateId ? { $addToSet: { candidateIds: input.item.candidateId } } : {}),
          $set: { to: input.to, locale: input.locale, needsSharingConsent: input.needsSharingConsent },
        },
      );
      if (added) return true;
    }
    throw new Error('the digest changed on every attempt');
  } catch (error) {
    log.warn({ err: { name: (error as Error).name }, digestDate: date }, 'digest item not stored');
    return false;
  }
}
