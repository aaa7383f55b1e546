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
      candidateId: String(e.candidateId),
      at: e.at.toISOString(),
    })),
    page,
  };
}
