import { updateDocument } from '../database/document-lock';
import { nextContractStatus } from '../contracts/contract-status';
import { ContractModel, type ContractDoc } from '../contracts/contracts.model';
import { notifyContractParties } from '../contracts/notify-contract-parties';
import { dutchToday } from '../contracts/today';
import { realisedCreditCents } from './realised-credit';

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
