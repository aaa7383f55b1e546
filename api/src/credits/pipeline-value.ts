import type { Types } from 'mongoose';
import { addMonths, type TPlaceKind, type TTargetGroup } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { findByIds } from '../database/find-by-id';
import { contractorMatchesAt } from '../matches/match-pairs';
import { PlaceModel } from '../places/places.model';
import { addDays, creditCentsAt } from '../valuation/credit-lines';
import { ruleSetInForce, ruleSetsOfRegion } from '../valuation/rule-sets.service';
import { placementLines } from '../valuation/value-placement';

/** The stages whose matches are likely to become placements soon (PRODUCT.md: interview or trial). */
const PIPELINE_STAGES = ['interview', 'trial'] as const;

/** What valuing a match needs of its place. */
interface PlaceFacts {
  contractId: string | null;
  kind: TPlaceKind;
  hoursMax: number | null;
}

/** What valuing a match needs of its candidate (sensitive: never leaves this module). */
interface CandidateFacts {
  targetGroups: TTargetGroup[];
  benefitSince: string | null;
  birthDate: string | null;
}

async function placeFacts(ids: string[]): Promise<Map<string, PlaceFacts>> {
  const places = await findByIds(PlaceModel, ids);
  return new Map(
    places.map((p) => [
      String(p._id),
      {
        contractId: p.contractId ? String(p.contractId) : null,
        kind: p.kind,
        hoursMax: p.hours?.max ?? null,
      },
    ]),
  );
}

async function candidateFacts(ids: string[]): Promise<Map<string, CandidateFacts>> {
  const candidates = await findByIds(CandidateModel, ids);
  return new Map(
    candidates.map((c) => [
      String(c._id),
      { targetGroups: c.targetGroups, benefitSince: c.benefitSince ?? null, birthDate: c.birthDate ?? null },
    ]),
  );
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
  // The contractor's matches in these stages, those for this contract's places, valued with their
  // places' and candidates' facts.
  const inPipeline = await contractorMatchesAt(contract.contractorId, PIPELINE_STAGES);
  const places = await placeFacts(inPipeline.map((m) => m.placeId));
  const matches = inPipeline.filter((m) => places.get(m.placeId)?.contractId === String(contract._id));
  const ruleSet = ruleSetInForce(await ruleSetsOfRegion(contract.regionId), today);
  if (!ruleSet || matches.length === 0) return { cents: 0, matches: matches.length };
  const oneYearLater = addMonths(today, 12);
  let cents = 0;
  const candidates = await candidateFacts(matches.map((m) => m.candidateId));
  for (const match of matches) {
    const place = places.get(match.placeId)!;
    const candidate = candidates.get(match.candidateId);
    const lines = placementLines(ruleSet.values, {
      placeKind: place.kind,
      apprenticeshipLevel: null,
      candidate: {
        targetGroups: candidate?.targetGroups ?? [],
        benefitSince: candidate?.benefitSince ?? null,
        birthDate: candidate?.birthDate ?? null,
      },
      trial: null,
      employment: {
        startDate: today,
        endDate: null,
        contractType: 'temporary',
        hoursPerWeek: place.hoursMax ?? ruleSet.values.fullTimeHoursPerWeek,
      },
    });
    // The day before the same date next year: a full year of days.
    cents += creditCentsAt(lines, addDays(oneYearLater, -1));
  }
  return { cents, matches: matches.length };
}
