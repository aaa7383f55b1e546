import type { Types } from 'mongoose';
import type { TCreditHistoryEntry, TEffortKind } from '../contract';
import { refreshOneContractStatus } from '../credits/refresh-contract-statuses';
import { ContractModel } from '../contracts/contracts.model';
import { dutchToday } from '../contracts/today';
import { creditCentsAt } from '../valuation/credit-lines';
import { ruleSetInForce, ruleSetsOfRegion } from '../valuation/rule-sets.service';
import { effortLines } from '../valuation/value-effort';
import { CreditModel, type CreditDoc } from '../credits/credits.model';
import { removeCredit, storeCredit } from '../credits/store-credit';
import { EffortModel } from './efforts.model';

interface EffortFacts {
  _id: Types.ObjectId;
  contractId: Types.ObjectId;
  kind: TEffortKind;
  description: string;
  date: string;
  amountCents: number | null;
  hours: number | null;
  status: string;
}

const keyOf = (effortId: Types.ObjectId | string) => `effort:${String(effortId)}`;

/**
 * (Re)values an effort, and answers whether its credit changed: an accepted effort counts in full from its date, valued by the rule set in
 * force on that date; any other effort counts for nothing. Called after a consultant's decision and
 * when the region's rule set changes. An effort values itself and stores the result in the credits
 * ledger (credits/ sits below efforts: the effort's page shows what it counts for).
 */
export async function syncEffortCredit(
  effortId: Types.ObjectId | string,
  reason: TCreditHistoryEntry['reason'] = 'effort_accepted',
): Promise<boolean> {
  const effort = await EffortModel.findById(effortId).lean<EffortFacts>();
  const contract = effort ? await ContractModel.findById(effort.contractId).lean() : null;
  if (!effort || !contract || effort.status !== 'accepted') {
    const removedFrom = await removeCredit(keyOf(effortId));
    if (removedFrom) await refreshOneContractStatus(removedFrom);
    return removedFrom !== null;
  }
  const ruleSet = contract.regionId
    ? ruleSetInForce(await ruleSetsOfRegion(contract.regionId), effort.date)
    : null;
  const changed = await storeCredit({
    sourceKey: keyOf(effort._id),
    source: 'effort',
    contract,
    effortId: effort._id,
    kind: effort.kind,
    label: effort.description,
    date: effort.date,
    lines: ruleSet ? effortLines(ruleSet.values, effort) : [],
    ruleSet,
    reason,
  });
  await refreshOneContractStatus(contract._id);
  return changed;
}

/** What an effort counts for today (null when it counts for nothing yet: not accepted). */
export async function effortCreditCents(effortId: Types.ObjectId | string): Promise<number | null> {
  const credit = await CreditModel.findOne({ sourceKey: keyOf(effortId) }).lean<CreditDoc>();
  return credit ? creditCentsAt(credit.lines, dutchToday()) : null;
}
