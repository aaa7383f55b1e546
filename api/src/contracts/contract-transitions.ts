import type { SessionUser } from '../http/session-user';
import type { TContract, TContractAction, TContractTransition, TContractStatus } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError, staleVersion } from '../http/app-error';
import { allowedNextStatuses, decideContractTransition, nextContractStatus } from './contract-status';
import { ContractModel, type ContractDoc } from './contracts.model';
import { presentContract } from './contracts.presenter';
import { findVisibleContract } from './contracts.service';
import { realisedCreditCents } from './realised-credit';
import { dutchToday } from './today';
import { notifyContractParties } from './notify-contract-parties';

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
  active: number;
}

type RefreshFacts = Pick<
  ContractDoc,
  '_id' | 'status' | 'obligationCents' | 'endDate' | 'realisationDeadline' | 'version' | 'title'
>;
const REFRESH_FIELDS = {
  status: 1,
  obligationCents: 1,
  endDate: 1,
  realisationDeadline: 1,
  version: 1,
  title: 1,
};
const AUTOMATIC = ['active', 'fulfilled', 'overdue'] as const;

/**
 * The automatic move of one contract, if its credit calls for one: the credit counted up to the
 * deadline (what accrues later is too late). Matches on the status and version it read, so
 * overlapping runs cannot apply a move twice. Parties hear when the obligation is met.
 */
async function refreshContractStatus(contract: RefreshFacts, today: string) {
  const countedUntil = today < contract.realisationDeadline ? today : contract.realisationDeadline;
  const next = nextContractStatus(contract, await realisedCreditCents(contract._id, countedUntil), today);
  if (next === contract.status) return null;
  const moved = await updateDocument(
    ContractModel,
    { _id: contract._id, status: contract.status, version: contract.version },
    { $set: { status: next, statusChangedAt: new Date() }, $inc: { version: 1 } },
  );
  if (!moved) return null;
  if (next === 'fulfilled')
    await notifyContractParties(contract._id, 'contract_fulfilled', { contract: contract.title });
  return next;
}

/** Re-evaluates one contract's status now (after one of its credits changed). */
export async function refreshOneContractStatus(id: ContractDoc['_id'], today: string = dutchToday()) {
  const contract = await ContractModel.findById(id).select(REFRESH_FIELDS).lean<RefreshFacts>();
  if (!contract || !(AUTOMATIC as readonly string[]).includes(contract.status)) return null;
  return refreshContractStatus(contract, today);
}

/**
 * Applies the automatic moves (active ⇄ fulfilled, active → overdue → fulfilled) to every contract
 * whose status follows its credit. Idempotent: a second run on the same day changes nothing.
 * Scheduled by the maintenance task, and run for one contract after each credit change.
 */
export async function refreshContractStatuses(today: string = dutchToday()): Promise<StatusRefreshResult> {
  const result: StatusRefreshResult = { checked: 0, fulfilled: 0, overdue: 0, active: 0 };
  // Pages by _id rather than one long cursor: no cursor timeout on a long run.
  let after: ContractDoc['_id'] | undefined;
  for (;;) {
    const batch = await ContractModel.find({
      status: { $in: AUTOMATIC },
      ...(after ? { _id: { $gt: after } } : {}),
    })
      .select(REFRESH_FIELDS)
      .sort({ _id: 1 })
      .limit(REFRESH_BATCH)
      .lean<RefreshFacts[]>();
    for (const contract of batch) {
      result.checked += 1;
      const moved = await refreshContractStatus(contract, today);
      if (moved === 'fulfilled' || moved === 'overdue' || moved === 'active') result[moved] += 1;
    }
    if (batch.length < REFRESH_BATCH) break;
    after = batch[batch.length - 1]!._id;
  }
  return result;
}
