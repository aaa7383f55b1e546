import { CANDIDATES_INDEX, type MatchWeights, type SearchQuery } from '@kansplek/search';
import type { SessionUser } from '../http/session-user';
import { ZCandidateSearchQuery } from '../contract';
import { searchCandidates } from '../candidates/search-candidates';
import type { Types } from 'mongoose';
import { matchPlaceFromDocument } from '../matches/proposals/match-documents';
import { candidatesMatchedTo } from '../matches/match-pairs';
import { proposeCandidates, retrievalQueries, wordsOf } from '../matches/proposals/propose-candidates';
import { OrganisationModel } from '../organisations/organisations.model';
import { PlaceModel, type PlaceDoc } from '../places/places.model';
import { toPlaceDocuments } from '../places/places.search';
import { RegionModel } from '../organisations/regions.model';
import { searchEngine } from '../search-sync/search-engine';
import { summarize, type LatencySummary } from './bench-stats';

/** Where a request's time goes: each part timed in-process, without HTTP. */
export type Breakdown = Record<string, LatencySummary>;

async function timeEach<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<LatencySummary> {
  const samples: number[] = [];
  for (const item of items) {
    const started = performance.now();
    await run(item);
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}

/**
 * The parts of a proposals request (the two index retrievals, and the MongoDB reads a request does
 * besides: session region, the place and its contractor, existing matches) and of a
 * search-as-you-type request (the engine alone), for the same inputs as over HTTP.
 */
export async function measureBreakdown(
  placeIds: string[],
  regionId: Types.ObjectId,
  searches: string[],
  { user, weights }: { user: SessionUser; weights: MatchWeights },
): Promise<Breakdown> {
  const engine = searchEngine();
  const places: PlaceDoc[] = [];
  for (const id of placeIds) places.push((await PlaceModel.findById(id).lean<PlaceDoc>())!);
  const documents = await toPlaceDocuments(places);
  const documentOf = new Map(places.map((p, i) => [p, documents[i]!]));
  const matchOf = (p: PlaceDoc) => {
    const doc = documentOf.get(p)!;
    const match = matchPlaceFromDocument(doc);
    const [nearest, byWords] = retrievalQueries(String(regionId), match, wordsOf(doc));
    return { nearest: nearest!, byWords: byWords ?? nearest! };
  };
  const search = (query: SearchQuery) => engine.search(CANDIDATES_INDEX.name, query);
  const region = await RegionModel.findById(regionId).lean();
  return {
    // The whole service as the route calls it: the HTTP figure minus this is the cost of HTTP,
    // session, validation and JSON.
    'in-process: proposals service': await timeEach(placeIds, (id) =>
      proposeCandidates(user, id, { limit: 10 }, weights),
    ),
    'in-process: search service': await timeEach(searches, (q) =>
      searchCandidates(user, ZCandidateSearchQuery.parse({ q })),
    ),
    'engine: nearest candidates (sort by distance)': await timeEach(places, (p) =>
      search(matchOf(p).nearest),
    ),
    'engine: place words (any)': await timeEach(places, (p) => search(matchOf(p).byWords)),
    // loadSessionUser on every request reads the region of the user's service point.
    'mongo: region of the session user': await timeEach(places, () =>
      RegionModel.findOne({ servicePointId: region?.servicePointId }).select({ _id: 1 }).lean(),
    ),
    'mongo: contractor of the place (may see it)': await timeEach(places, (p) =>
      OrganisationModel.findById(p.contractorId).select({ kind: 1, regionIds: 1 }).lean(),
    ),
    'mongo: place by id': await timeEach(places, (p) => PlaceModel.findById(p._id).lean()),
    'mongo: existing matches of the place': await timeEach(places, (p) => candidatesMatchedTo(p._id)),
    'engine: search as you type (all queries)': await timeEach(searches, (q) =>
      search({
        q,
        filters: [{ field: 'regionId', op: 'eq', value: String(regionId) }],
        facets: ['status', 'municipalityCode', 'drivingLicence', 'dutchLevelRank', 'targetGroups'],
        highlight: ['fullName', 'skills'],
        limit: 20,
      }),
    ),
  };
}
