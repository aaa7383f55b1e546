import type { Types } from 'mongoose';
import { updateDocument } from '../database/document-lock';
import { FORGET_CONTENT, MailModel, type MailDoc } from './mail-outbox.model';

type Id = string | Types.ObjectId;

const UNSENT = ['pending', 'collecting'] as const;

/**
 * Drops what is not sent yet about a candidate, as the screens stop showing them at once:
 * `sharing` (consent to sharing withdrawn) only from mail to recipients who may see the candidate only
 * with that consent (contractors); `all` (erasure) from everyone's mail, and every mail to the
 * candidate's own account. A digest loses the items about the candidate and keeps the rest.
 * Returns how many mails changed.
 */
export async function withholdMailAbout(
  candidateId: Id,
  scope: 'sharing' | 'all',
  candidateUserId?: Id | null,
): Promise<number> {
  const about = await MailModel.find({
    candidateIds: candidateId,
    status: { $in: UNSENT },
    ...(scope === 'sharing' ? { needsSharingConsent: true } : {}),
  }).lean<MailDoc[]>();
  const own = candidateUserId
    ? await MailModel.find({ userId: candidateUserId, status: { $in: UNSENT } }).lean<MailDoc[]>()
    : [];
  let changed = 0;
  for (const mail of [...about, ...own]) {
    if (await withhold(mail, String(candidateId), own.includes(mail))) changed += 1;
  }
  return changed;
}

/** One by one through the document lock, conditional on the status read, so a claim wins or we do. */
async function withhold(mail: MailDoc, candidateId: string, wholeMail: boolean): Promise<boolean> {
  const items = mail.items.filter((item) => String(item.candidateId ?? '') !== candidateId);
  const keepDigest = mail.kind === 'digest' && !wholeMail && items.length > 0;
  const update = keepDigest
    ? {
        $set: { items, candidateIds: mail.candidateIds.filter((id) => String(id) !== candidateId) },
      }
    : { $set: { status: 'cancelled', leaseUntil: null, ...FORGET_CONTENT } };
  return Boolean(await updateDocument(MailModel, { _id: mail._id, status: mail.status }, update));
}
