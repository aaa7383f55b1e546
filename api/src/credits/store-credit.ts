import { isDeepStrictEqual } from 'node:util';
import type { Types } from 'mongoose';
import type { TCreditHistoryEntry, TCreditSource } from '../contract';
import { dutchToday } from '../contracts/today';
import { withLock } from '../database/document-lock';
import { creditCentsAt, type ValuedLine } from '../valuation/credit-lines';
import type { RuleSetDoc } from '../valuation/rule-sets.model';
import { CreditModel, type CreditDoc } from './credits.model';

/** The contract a credit counts for: its parties are copied so reports need no joins. */
export interface CreditedContract {
  _id: Types.ObjectId;
  regionId?: Types.ObjectId | null;
  municipalityId: Types.ObjectId;
  contractorId: Types.ObjectId;
}

export interface CreditValuation {
  sourceKey: string;
  source: TCreditSource;
  contract: CreditedContract;
  matchId?: Types.ObjectId | null;
  effortId?: Types.ObjectId | null;
  candidateId?: Types.ObjectId | null;
  placeId?: Types.ObjectId | null;
  kind: string;
  label: string;
  targetGroups?: readonly string[];
  date: string;
  lines: ValuedLine[];
  ruleSet: Pick<RuleSetDoc, '_id' | 'name' | 'version'> | null;
  // Why it is valued again; a first valuation is recorded as the placement's start or the acceptance.
  reason: TCreditHistoryEntry['reason'];
}

const DUPLICATE_KEY = 11000;
const FIRST_REASON = { placement: 'placement_started', effort: 'effort_accepted' } as const;

function referenceOf(ruleSet: CreditValuation['ruleSet']): CreditDoc['ruleSet'] {
  return ruleSet ? { id: ruleSet._id, name: ruleSet.name, version: ruleSet.version } : null;
}

function unchanged(existing: CreditDoc, valuation: CreditValuation): boolean {
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  return (
    isDeepStrictEqual(plain(existing.lines), plain(valuation.lines)) &&
    String(existing.ruleSet?.id ?? '') === String(valuation.ruleSet?._id ?? '') &&
    String(existing.contractId) === String(valuation.contract._id) &&
    existing.label === valuation.label
  );
}

/**
 * Stores a credit as valued now, and answers whether anything changed. A revaluation that changes
 * nothing writes nothing; one that does keeps the earlier figure in the history with the rule set
 * version that produced it. Serialised per
 * source, and an upsert keyed on the source, so a credit is never stored twice.
 */
export async function storeCredit(valuation: CreditValuation): Promise<boolean> {
  return withLock(`credits:${valuation.sourceKey}`, async () => {
    const existing = await CreditModel.findOne({ sourceKey: valuation.sourceKey }).lean<CreditDoc>();
    if (existing && unchanged(existing, valuation)) return false;
    const ruleSet = referenceOf(valuation.ruleSet);
    const today = dutchToday();
    const entry = {
      at: new Date(),
      amountCents: creditCentsAt(valuation.lines, today),
      previousAmountCents: existing ? creditCentsAt(existing.lines, today) : null,
      ruleSet,
      reason: existing ? valuation.reason : FIRST_REASON[valuation.source],
    };
    const { contract } = valuation;
    const update = {
      $set: {
        source: valuation.source,
        matchId: valuation.matchId ?? null,
        effortId: valuation.effortId ?? null,
        candidateId: valuation.candidateId ?? null,
        placeId: valuation.placeId ?? null,
        contractId: contract._id,
        regionId: contract.regionId ?? null,
        municipalityId: contract.municipalityId,
        contractorId: contract.contractorId,
        kind: valuation.kind,
        label: valuation.label,
        targetGroups: [...(valuation.targetGroups ?? [])],
        date: valuation.date,
        lines: valuation.lines,
        ruleSet,
      },
      $push: { history: entry },
    };
    const upsert = () =>
      CreditModel.findOneAndUpdate({ sourceKey: valuation.sourceKey }, update, {
        upsert: true,
        returnDocument: 'after',
      })
        .lean<CreditDoc>()
        .exec();
    try {
      await upsert();
    } catch (error) {
      // Another process inserted the same source first: update that one instead.
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
      await upsert();
    }
    return true;
  });
}

/**
 * Removes a source's credit (an effort no longer accepted, a placement no longer linked to a
 * contract); answers the contract it counted for, if there was one.
 */
export async function removeCredit(sourceKey: string): Promise<Types.ObjectId | null> {
  return withLock(`credits:${sourceKey}`, async () => {
    const removed = await CreditModel.findOneAndDelete({ sourceKey }).lean<CreditDoc>();
    return removed?.contractId ?? null;
  });
}
