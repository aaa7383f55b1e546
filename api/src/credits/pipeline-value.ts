import { CANDIDATES_INDEX, PLACES_INDEX, type SearchDocument } from '@kansplek/search';
import type { Types } from 'mongoose';
import { addMonths, type TPlaceKind, type TTargetGroup } from '../contract';
import { CandidateModel } from '../candidates/candidates.model';
import { findByIds } from '../database/find-by-id';
import { contractorMatchesAt } from '../matches/match-pairs';
import { PlaceModel } from '../places/places.model';
import { searchEngine } from '../search-sync/search-engine';
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

const candidateFacts = (ids: string[]) =>
  factsByIds<CandidateFacts>(
    CANDIDATES_INDEX.name,
    ids,
    // Documents indexed before the index held birth and benefit dates lack the fields: read those.
    (d) =>
      'birthDate' in d
        ? {
            targetGroups: (d.targetGroups as TTargetGroup[]) ?? [],
            benefitSince: (d.benefitSince as string | null) ?? null,
            birthDate: (d.birthDate as string | null) ?? null,
          }
        : null,
    async (missing) =>
      (await findByIds(CandidateModel, missing)).map((c) => [
        String(c._id),
        {
          targetGroups: c.targetGroups,
          benefitSince: c.benefitSince ?? null,
          birthDate: c.birthDate ?? null,
        },
      ]),
  );

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
