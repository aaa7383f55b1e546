import type { Types } from 'mongoose';
import { addMonths, type TPlaceKind } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { findByIds } from '../database/find-by-id';
import { contractorMatchesAt } from '../matches/match-pairs';
import { PlaceModel } from '../places/places.model';
import { addDays, creditCentsAt } from '../valuation/credit-lines';
import { employmentPerson, type EmploymentPerson } from '../valuation/employment-situation';
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

/** The person as an employment starting `today` would be valued (sensitive: never leaves this module). */
async function peopleOn(ids: string[], today: string): Promise<Map<string, EmploymentPerson>> {
  const candidates = await findByIds(CandidateModel, ids);
  return new Map(candidates.map((c) => [String(c._id), employmentPerson(c, today)]));
}

/** How a hire at a place of this kind is contracted, for the forecast. */
const CONTRACT_TYPE_OF: Record<TPlaceKind, 'temporary' | 'bbl' | 'internship'> = {
  job: 'temporary',
  work_experience: 'temporary',
  apprenticeship: 'bbl',
  internship: 'internship',
};

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
  const people = await peopleOn(
    matches.map((m) => m.candidateId),
    today,
  );
  for (const match of matches) {
    const place = places.get(match.placeId)!;
    // Valued as the placement that follows: the trial months already running are realised credit.
    const lines = placementLines(ruleSet.values, {
      placeKind: place.kind,
      countsFrom: today,
      trial: null,
      employment: {
        startDate: today,
        endDate: null,
        contractType: CONTRACT_TYPE_OF[place.kind],
        hoursPerWeek: place.hoursMax ?? ruleSet.values.fullTimeHoursPerWeek,
        // Not known before the hire: the lowest value an apprenticeship could have.
        mboLevel: null,
        person: people.get(match.candidateId) ?? employmentPerson({}, today),
      },
    });
    // The day before the same date next year: a full year of days.
    cents += creditCentsAt(lines, addDays(oneYearLater, -1));
  }
  return { cents, matches: matches.length };
}
