import type { Types } from 'mongoose';
import { addMonths, type TPlaceKind, type TTargetGroup } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { findByIds } from '../database/find-by-id';
import { contractorMatchesAt } from '../matching/match-pairs';
import { PlaceModel } from '../places/places.model';
import { addDays, creditCentsAt } from '../valuation/credit-lines';
import { ruleSetInForce, ruleSetsOfRegion } from '../valuation/rule-sets.service';
import { placementLines } from '../valuation/value-placement';

/** The stages whose matches are likely to become placements soon (PRODUCT.md: interview or trial). */
const PIPELINE_STAGES = ['interview', 'trial'] as const;

interface PlaceFacts {
  _id: Types.ObjectId;
  kind: TPlaceKind;
  hours?: { max?: number | null } | null;
}

/**
 * The credit a contract can expect from its matches in interview or trial: each valued as an
 * employment (or the place's kind) starting today, over its first year, by the rule set in force
 * today. The trial months already running are realised credit, not pipeline.
 */
export async function pipelineValue(
  contract: { _id: Types.ObjectId; contractorId: Types.ObjectId; regionId?: Types.ObjectId | null },
  today: string,
): Promise<{ cents: number; matches: number }> {
  if (!contract.regionId) return { cents: 0, matches: 0 };
  // The contractor's matches in these stages first (few, and known without a scan on FerretDB, see
  // match-pairs.ts), then their places by id.
  const inPipeline = await contractorMatchesAt(contract.contractorId, PIPELINE_STAGES);
  const places = (
    await findByIds(
      PlaceModel,
      inPipeline.map((m) => m.placeId),
    )
  ).filter((place) => String(place.contractId) === String(contract._id)) as unknown as PlaceFacts[];
  const matches = inPipeline.filter((m) => places.some((p) => String(p._id) === String(m.placeId)));
  const ruleSet = ruleSetInForce(await ruleSetsOfRegion(contract.regionId), today);
  if (!ruleSet || matches.length === 0) return { cents: 0, matches: matches.length };
  const placeById = new Map(places.map((p) => [String(p._id), p]));
  const oneYearLater = addMonths(today, 12);
  let cents = 0;
  // Read together (FerretDB reads each by id, one by one).
  const candidates = new Map(
    (
      await findByIds(
        CandidateModel,
        matches.map((m) => m.candidateId),
      )
    ).map((c) => [String(c._id), c]),
  );
  for (const match of matches) {
    const place = placeById.get(String(match.placeId))!;
    const candidate = candidates.get(String(match.candidateId)) as
      { targetGroups?: TTargetGroup[]; benefitSince?: string | null; birthDate?: string | null } | undefined;
    const hoursPerWeek = place.hours?.max ?? ruleSet.values.fullTimeHoursPerWeek;
    const lines = placementLines(ruleSet.values, {
      placeKind: place.kind,
      apprenticeshipLevel: null,
      candidate: {
        targetGroups: candidate?.targetGroups ?? [],
        benefitSince: candidate?.benefitSince ?? null,
        birthDate: candidate?.birthDate ?? null,
      },
      trial: null,
      employment: { startDate: today, endDate: null, contractType: 'temporary', hoursPerWeek },
    });
    // The day before the same date next year: a full year of days.
    cents += creditCentsAt(lines, addDays(oneYearLater, -1));
  }
  return { cents, matches: matches.length };
}
