import type { Types } from 'mongoose';
import type { TCreditHistoryEntry, TPlaceKind, TTargetGroup } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { ContractModel } from '../contracts/contracts.model';
import { dutchToday } from '../contracts/today';
import { MatchModel, type MatchDoc } from '../matches/matches.model';
import { PlaceModel } from '../places/places.model';
import { ruleSetInForce, ruleSetsOfRegion } from '../valuation/rule-sets.service';
import { placementLines, type PlacementFacts } from '../valuation/value-placement';
import { refreshOneContractStatus } from './refresh-contract-statuses';
import { removeCredit, storeCredit } from './store-credit';

interface PlaceFacts {
  kind: TPlaceKind;
  title: string;
  contractId: Types.ObjectId | null;
  requirements?: { educationLevel?: string | null } | null;
}

interface CandidateFacts {
  targetGroups?: TTargetGroup[] | null;
  benefitSince?: string | null;
  birthDate?: string | null;
}

/** The MBO level of an apprenticeship's training, from the place's education requirement (mbo1–mbo4). */
function mboLevel(educationLevel: string | null | undefined): number | null {
  const level = /^mbo([1-4])$/.exec(educationLevel ?? '');
  return level ? Number(level[1]) : null;
}

/** The day a stopped trial ended: the day of the step that stopped it. */
function stoppedOn(match: MatchDoc): string | null {
  const step = [...match.timeline].reverse().find((entry) => entry.stage === 'stopped');
  return step ? dutchToday(step.at) : null;
}

/** A match's trial and employment as the valuation reads them (PlacementFacts). */
export function placementFacts(
  match: MatchDoc,
  place: PlaceFacts,
  candidate: CandidateFacts,
): PlacementFacts {
  const { trial, employment } = match;
  const trialEnd = trial?.outcome === 'stopped' ? (stoppedOn(match) ?? trial.plannedEnd) : trial?.plannedEnd;
  return {
    placeKind: place.kind,
    apprenticeshipLevel: mboLevel(place.requirements?.educationLevel),
    candidate: {
      targetGroups: candidate.targetGroups ?? [],
      benefitSince: candidate.benefitSince ?? null,
      birthDate: candidate.birthDate ?? null,
    },
    trial: trial ? { startDate: trial.startDate, endDate: trialEnd ?? null } : null,
    employment: employment
      ? {
          startDate: employment.startDate,
          endDate: employment.ended?.date ?? employment.plannedEnd ?? null,
          contractType: employment.contractType,
          hoursPerWeek: employment.hoursPerWeek,
        }
      : null,
  };
}

/**
 * (Re)values what a match counts for on its place's contract: from the trial's start, and the
 * employment after a hire. Called after every step that changes a trial or an employment, and when
 * the rule set, the place's contract or the candidate's target groups change.
 */
export async function syncPlacementCredit(
  matchId: Types.ObjectId | string,
  reason: TCreditHistoryEntry['reason'] = 'placement_changed',
): Promise<void> {
  const sourceKey = `match:${String(matchId)}`;
  const match = await MatchModel.findById(matchId).lean<MatchDoc>();
  const place = match
    ? await PlaceModel.findById(match.placeId)
        .select({ kind: 1, title: 1, contractId: 1, requirements: 1 })
        .lean<PlaceFacts>()
    : null;
  const contract = place?.contractId ? await ContractModel.findById(place.contractId).lean() : null;
  if (!match || !place || !contract || (!match.trial && !match.employment)) {
    const removedFrom = await removeCredit(sourceKey);
    if (removedFrom) await refreshOneContractStatus(removedFrom);
    return;
  }
  const candidate = await CandidateModel.findById(match.candidateId)
    .select({ targetGroups: 1, benefitSince: 1, birthDate: 1 })
    .lean<CandidateFacts>();
  const facts = placementFacts(match, place, candidate ?? {});
  const date = facts.trial?.startDate ?? facts.employment!.startDate;
  const ruleSet = contract.regionId ? ruleSetInForce(await ruleSetsOfRegion(contract.regionId), date) : null;
  await storeCredit({
    sourceKey,
    source: 'placement',
    contract,
    matchId: match._id,
    candidateId: match.candidateId,
    placeId: match.placeId,
    kind: place.kind,
    label: place.title,
    targetGroups: facts.candidate.targetGroups,
    date,
    lines: ruleSet ? placementLines(ruleSet.values, facts) : [],
    ruleSet,
    reason,
  });
  await refreshOneContractStatus(contract._id);
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
