import type { SessionUser } from '../auth/session-user';
import type { TContract, TContractAction, TContractTransition, TContractStatus } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, staleVersion } from '../http/app-error';
import { allowedNextStatuses, decideContractTransition, nextContractStatus } from './contract-status';
import { ContractModel, type ContractDoc } from './contracts.model';
import { presentContract } from './contracts.presenter';
import { findVisibleContract } from './contracts.service';
import { realisedCreditCents } from './realised-credit';
import { dutchToday } from './today';

function invalidTransition(from: TContractStatus, to: TContractStatus, allowed: TContractStatus[]) {
  return new AppError(422, 'invalid_transition', `A ${from} contract cannot become ${to}`, {
    from,
    to,
    allowed,
  });
}

/**
 * Moves a contract by a consultant's action. The update matches on the status and version the decision
 * was based on, so of two concurrent transitions only one can win; the other gets 409 or 422.
 */
async function transitionContract(
  user: SessionUser,
  id: string,
  action: TContractAction,
  { version }: TContractTransition,
  today: string,
): Promise<TContract> {
  const current = await findVisibleContract(user, id);
  const decision = decideContractTransition(action, current, today);
  if (!decision.ok) throw invalidTransition(decision.from, decision.to, decision.allowed);
  const updated = (await updateDocument(
    ContractModel,
    { _id: id, status: decision.from, version },
    { $set: { status: decision.to, statusChangedAt: new Date() }, $inc: { version: 1 } },
  )) as ContractDoc | null;
  if (!updated) {
    const latest = await ContractModel.findById(id).lean<ContractDoc>();
    if (latest && latest.status !== decision.from) {
      throw invalidTransition(latest.status, decision.to, allowedNextStatuses(latest, today));
    }
    throw staleVersion(latest?.version ?? current.version ?? 0);
  }
  return presentContract(updated, user, today);
}

/** Draft → active: the obligation starts counting. */
export function activateContract(user: SessionUser, id: string, input: TContractTransition) {
  return transitionContract(user, id, 'activate', input, dutchToday());
}

/** Fulfilled or overdue (or active after its end date) → closed: settled and read-only from now on. */
export function closeContract(user: SessionUser, id: string, input: TContractTransition) {
  return transitionContract(user, id, 'close', input, dutchToday());
}

const REFRESH_BATCH = 500;

export interface StatusRefreshResult {
  checked: number;
  fulfilled: number;
  overdue: number;
}

/**
 * Applies the automatic moves (active → fulfilled / overdue) to every active contract. Idempotent:
 * a second run on the same day changes nothing, and overlapping runs cannot apply a move twice,
 * because each update matches on the status and version it read (under the document lock).
 * Meant to be scheduled daily and after credit changes.
 */
export async function refreshContractStatuses(today: string = dutchToday()): Promise<StatusRefreshResult> {
  const result: StatusRefreshResult = { checked: 0, fulfilled: 0, overdue: 0 };
  // Pages by _id rather than one long cursor: no cursor timeout, and moved contracts simply drop out.
  let after: ContractDoc['_id'] | undefined;
  for (;;) {
    const batch = await ContractModel.find({ status: 'active', ...(after ? { _id: { $gt: after } } : {}) })
      .select({ status: 1, obligationCents: 1, endDate: 1, realisationDeadline: 1, version: 1 })
      .sort({ _id: 1 })
      .limit(REFRESH_BATCH)
      .lean<ContractDoc[]>();
    for (const contract of batch) {
      result.checked += 1;
      const next = nextContractStatus(contract, await realisedCreditCents(contract._id), today);
      if (next !== 'fulfilled' && next !== 'overdue') continue;
      const moved = await updateDocument(
        ContractModel,
        { _id: contract._id, status: 'active', version: contract.version },
        { $set: { status: next, statusChangedAt: new Date() }, $inc: { version: 1 } },
      );
      if (moved) result[next] += 1;
    }
    if (batch.length < REFRESH_BATCH) break;
    after = batch[batch.length - 1]!._id;
  }
  return result;
}
