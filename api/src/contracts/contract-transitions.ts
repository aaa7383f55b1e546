import type { SessionUser } from '../http/session-user';
import type { TContract, TContractAction, TContractTransition, TContractStatus } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, staleVersion } from '../http/app-error';
import { allowedNextStatuses, decideContractTransition } from './contract-status';
import { ContractModel, type ContractDoc } from './contracts.model';
import { presentContract } from './contracts.presenter';
import { findVisibleContract } from './get-contract';
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
