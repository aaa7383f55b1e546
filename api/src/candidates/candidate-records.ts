import { findByIdMatching } from '../database/find-by-id';
import { updateDocument } from '../database/document-lock';
import type { SessionUser } from '../http/session-user';
import { notFound, staleVersion } from '../http/app-error';
import { CandidateModel, type CandidateDoc } from './candidates.model';
import { candidateScope, ownCandidateScope } from './candidates.policy';

/** A candidate the user may reach; outside their scope it does not exist for them (404, not 403). */
export async function findVisibleCandidate(user: SessionUser, id: string): Promise<CandidateDoc> {
  const doc = await findByIdMatching(CandidateModel, id, candidateScope(user));
  if (!doc) throw notFound('Candidate');
  return doc;
}

/** The signed-in candidate's own profile (404 when no consultant has linked one to the account). */
export async function findOwnCandidate(user: SessionUser): Promise<CandidateDoc> {
  const doc = await CandidateModel.findOne(ownCandidateScope(user)).lean<CandidateDoc>();
  if (!doc) throw notFound('Candidate profile');
  return doc;
}

/**
 * Saves a change with optimistic concurrency. Every change also bumps `searchVersion` in the same
 * update (added by the search-sync plugin), so the search sync can never miss it (not even a withdrawn consent).
 */
export async function saveCandidateChange(
  current: CandidateDoc,
  version: number,
  update: { $set?: Record<string, unknown>; $push?: Record<string, unknown> },
  extraFilter: Record<string, unknown> = {},
): Promise<CandidateDoc> {
  const updated = await updateDocument(
    CandidateModel,
    { _id: current._id, version, erasedAt: null, ...extraFilter },
    { ...update, $inc: { version: 1 } },
    { runValidators: true },
  );
  if (!updated) throw staleVersion(current.version ?? 0);
  return updated;
}

/** Stored name fields: the name as typed, plus forms for searching ("first last") and sorting. */
export function nameFields(firstName: string, lastName: string) {
  return {
    firstName,
    lastName,
    fullName: `${firstName} ${lastName}`,
    sortName: `${lastName} ${firstName}`.toLocaleLowerCase('nl'),
  };
}

/** Leaves out what was not sent, so a partial update changes only the fields it names. */
export function definedOnly<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
