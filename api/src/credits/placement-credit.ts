import type { Types } from 'mongoose';
import type { TCreditHistoryEntry, TPlaceKind } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { ContractModel } from '../contracts/contracts.model';
import { MatchModel, type MatchDoc } from '../matches/matches.model';
import { PlaceModel } from '../places/places.model';
import { ruleSetInForce, ruleSetsOfRegion } from '../valuation/rule-sets.service';
import { employmentPerson, type EmploymentPerson } from '../valuation/employment-situation';
import { placementLines, type PlacementFacts } from '../valuation/value-placement';
import { refreshOneContractStatus } from './refresh-contract-statuses';
import { removeCredit, storeCredit } from './store-credit';

interface PlaceFacts {
  kind: TPlaceKind;
  title: string;
  contractId: Types.ObjectId | null;
}

/**
 * A match's trial and employment as the valuation reads them. The person's benefit situation is the
 * one recorded when the employment started; `person` is only asked for when none was recorded.
 */
export function placementFacts(
  match: MatchDoc,
  place: Pick<PlaceFacts, 'kind'>,
  contract: { startDate: string },
  person: () => EmploymentPerson,
): PlacementFacts {
  const { trial, employment } = match;
  return {
    placeKind: place.kind,
    countsFrom: contract.startDate,
    trial: trial
      ? { startDate: trial.startDate, plannedEnd: trial.plannedEnd, stoppedOn: trial.stoppedOn ?? null }
      : null,
    employment: employment
      ? {
          startDate: employment.startDate,
          endDate: employment.ended?.date ?? employment.plannedEnd ?? null,
          contractType: employment.contractType,
          hoursPerWeek: employment.hoursPerWeek,
          mboLevel: employment.mboLevel ?? null,
          person: (employment.person as EmploymentPerson | null) ?? person(),
        }
      : null,
  };
}

/**
 * (Re)values what a match counts for on its place's contract: from the trial's start, and the
 * employment after a hire. Called after every step that changes a trial or an employment, and when
 * the rule set or the place's contract change. Answers whether the credit changed.
 */
export async function syncPlacementCredit(
  matchId: Types.ObjectId | string,
  reason: TCreditHistoryEntry['reason'] = 'placement_changed',
): Promise<boolean> {
  const sourceKey = `match:${String(matchId)}`;
  const match = await MatchModel.findById(matchId).lean<MatchDoc>();
  const place = match
    ? await PlaceModel.findById(match.placeId).select({ kind: 1, title: 1, contractId: 1 }).lean<PlaceFacts>()
    : null;
  const contract = place?.contractId ? await ContractModel.findById(place.contractId).lean() : null;
  if (!match || !place || !contract || (!match.trial && !match.employment)) {
    const removedFrom = await removeCredit(sourceKey);
    if (removedFrom) await refreshOneContractStatus(removedFrom);
    return removedFrom !== null;
  }
  const candidate = await CandidateModel.findById(match.candidateId)
    .select({ targetGroups: 1, benefitType: 1, benefitSince: 1, birthDate: 1 })
    .lean();
  const facts = placementFacts(match, place, contract, () =>
    employmentPerson(candidate ?? {}, match.employment!.startDate),
  );
  const date = facts.trial?.startDate ?? facts.employment!.startDate;
  const ruleSet = contract.regionId ? ruleSetInForce(await ruleSetsOfRegion(contract.regionId), date) : null;
  const changed = await storeCredit({
    sourceKey,
    source: 'placement',
    contract,
    matchId: match._id,
    candidateId: match.candidateId,
    placeId: match.placeId,
    kind: place.kind,
    label: place.title,
    targetGroups: candidate?.targetGroups ?? [],
    date,
    lines: ruleSet ? placementLines(ruleSet.values, facts) : [],
    ruleSet,
    reason,
  });
  await refreshOneContractStatus(contract._id);
  return changed;
}

// Matches that became a placement: a trial started, or an employment was recorded.
const PLACED = { $or: [{ trial: { $ne: null } }, { employment: { $ne: null } }] };

/** Revalues every placement of a candidate (their target groups or benefit changed). */
export async function syncCandidateCredits(candidateId: Types.ObjectId | string): Promise<void> {
  const matches = await MatchModel.find({ candidateId, ...PLACED })
    .select({ _id: 1 })
    .lean();
  for (const match of matches) await syncPlacementCredit(match._id);
}

/** Revalues every placement at a place (it was linked to another contract). */
export async function syncPlaceCredits(placeId: Types.ObjectId | string): Promise<void> {
  const matches = await MatchModel.find({ placeId, ...PLACED })
    .select({ _id: 1 })
    .lean();
  for (const match of matches) await syncPlacementCredit(match._id);
}
