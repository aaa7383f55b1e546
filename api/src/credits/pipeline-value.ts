import { PLACES_INDEX, type SearchDocument } from '@kansplek/search';
import type { Types } from 'mongoose';
import { addMonths, type TPlaceKind } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { findByIds } from '../database/find-by-id';
import { contractorMatchesAt } from '../matches/match-pairs';
import { PlaceModel } from '../places/places.model';
import { searchEngine } from '../search-sync/search-engine';
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

/**
 * Documents by id from a search index, the rest (not indexed yet, or indexed before the index held
 * these facts) from MongoDB. The indexes hold what a pipeline is valued by: on FerretDB each MongoDB
 * read by id scans the collection until it finds the document (seconds for a contractor's
 * candidates), on either engine an index read by id is immediate.
 */
async function factsByIds<T>(
  index: string,
  ids: string[],
  fromIndex: (doc: SearchDocument) => T | null,
  fromMongo: (missing: string[]) => Promise<Array<[string, T]>>,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const docs = await Promise.all(unique.map((id) => searchEngine().get(index, id)));
  const facts = new Map<string, T>();
  docs.forEach((doc, i) => {
    const known = doc && fromIndex(doc);
    if (known) facts.set(unique[i]!, known);
  });
  const missing = unique.filter((id) => !facts.has(id));
  if (missing.length) for (const [id, fact] of await fromMongo(missing)) facts.set(id, fact);
  return facts;
}

const placeFacts = (ids: string[]) =>
  factsByIds<PlaceFacts>(
    PLACES_INDEX.name,
    ids,
    (d) => ({
      contractId: d.contractId ? String(d.contractId) : null,
      kind: d.kind as TPlaceKind,
      hoursMax: Number(d.hoursMax) || null,
    }),
    async (missing) =>
      (await findByIds(PlaceModel, missing)).map((p) => [
        String(p._id),
        {
          contractId: p.contractId ? String(p.contractId) : null,
          kind: p.kind,
          hoursMax: p.hours?.max ?? null,
        },
      ]),
  );

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
  // The contractor's matches in these stages (few, and known without a scan on FerretDB, see
  // match-pairs.ts), those for this contract's places, valued with their places' and candidates' facts.
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
