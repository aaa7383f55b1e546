import type { SessionUser } from '../http/session-user';
import type { TEffort, TUpdateEffort } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, forbidden, staleVersion } from '../http/app-error';
import { EffortEvidenceModel } from './effort-evidence.model';
import { checkedEffortFields, creditableContract, findVisibleEffort } from './effort-records';
import { EffortModel, type EffortDoc } from './efforts.model';
import { maySubmitFor } from './efforts.policy';
import { presentEffort } from './efforts.presenter';

/** A decided effort is settled: changing or withdrawing it is refused with the status it has. */
export function alreadyDecided(effort: EffortDoc): AppError {
  return new AppError(422, 'invalid_transition', `The effort was already ${effort.status}`, {
    status: effort.status,
  });
}

/** The effort as its submitter may still change it: submitted, theirs, the version they saw. */
async function ownSubmittedEffort(user: SessionUser, id: string, version: number): Promise<EffortDoc> {
  const effort = await findVisibleEffort(user, id);
  if (!maySubmitFor(user, effort)) throw forbidden('Only the contractor or its consultants change an effort');
  if (effort.status !== 'submitted') throw alreadyDecided(effort);
  if ((effort.version ?? 0) !== version) throw staleVersion(effort.version ?? 0);
  return effort;
}

/** The contractor corrects a submitted effort before a consultant decided (optimistic concurrency). */
export async function updateEffort(user: SessionUser, id: string, input: TUpdateEffort): Promise<TEffort> {
  const { version, ...changes } = input;
  const effort = await ownSubmittedEffort(user, id, version);
  const contract = await creditableContract(user, String(effort.contractId));
  const fields = await checkedEffortFields(changes, contract);
  const updated = await updateDocument(
    EffortModel,
    { _id: id, version, status: 'submitted' },
    { $set: fields, $inc: { version: 1 } },
  );
  if (!updated) throw await refusal(id);
  return presentEffort(updated as EffortDoc, user);
}

/** The contractor withdraws a submitted effort: it and its evidence file are removed. */
export async function withdrawEffort(user: SessionUser, id: string, version: number): Promise<void> {
  await ownSubmittedEffort(user, id, version);
  const removed = await EffortModel.findOneAndDelete({ _id: id, version, status: 'submitted' }).lean();
  if (!removed) throw await refusal(id);
  await EffortEvidenceModel.deleteOne({ effortId: id });
}

/** Why a conditional write found nothing: decided meanwhile (422), or changed meanwhile (409). */
export async function refusal(id: string): Promise<AppError> {
  const latest = await EffortModel.findById(id).lean<EffortDoc>();
  if (latest && latest.status !== 'submitted') return alreadyDecided(latest);
  return staleVersion(latest?.version ?? 0);
}
