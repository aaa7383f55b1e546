import type { Types } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import type { TAuditAction, TAuditEntry, TAuditListQuery, TPageInfo } from '../contract';
import { paginate } from '../http/pagination';
import { AuditEntryModel, type AuditEntryDoc } from './audit.model';

/** Writes one entry per candidate; called by the candidate presenter whenever sensitive fields leave the server. */
export async function recordAudit(
  actor: SessionUser,
  action: TAuditAction,
  candidateIds: Array<string | Types.ObjectId>,
): Promise<void> {
  if (!candidateIds.length) return;
  const at = new Date();
  await AuditEntryModel.insertMany(
    candidateIds.map((candidateId) => ({
      action,
      actorId: actor.id,
      actorName: actor.name,
      actorRole: actor.role,
      candidateId,
      at,
    })),
  );
}

/** One entry for an action on a user's account (an administrator resetting their second factor). */
export async function recordUserAudit(
  actor: SessionUser,
  action: Extract<TAuditAction, 'reset_second_factor'>,
  userId: string | Types.ObjectId,
): Promise<void> {
  await AuditEntryModel.create({
    action,
    actorId: actor.id,
    actorName: actor.name,
    actorRole: actor.role,
    userId,
    at: new Date(),
  });
}

export async function listAuditEntries(
  query: TAuditListQuery,
): Promise<{ data: TAuditEntry[]; page: TPageInfo }> {
  const filter: Record<string, unknown> = {};
  if (query.candidateId) filter.candidateId = query.candidateId;
  if (query.actorId) filter.actorId = query.actorId;
  if (query.action) filter.action = query.action;
  const { items, page } = await paginate(AuditEntryModel, filter, { ...query, sort: '-at' });
  return {
    data: (items as AuditEntryDoc[]).map((e) => ({
      id: String(e._id),
      action: e.action,
      actor: { id: String(e.actorId), name: e.actorName, role: e.actorRole },
      candidateId: e.candidateId ? String(e.candidateId) : null,
      userId: e.userId ? String(e.userId) : null,
      at: e.at.toISOString(),
    })),
    page,
  };
}
