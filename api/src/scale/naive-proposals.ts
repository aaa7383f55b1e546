import { compareMatches, epochDay, failedConstraints, scoreMatch, type MatchWeights } from '@kansplek/search';
import { CandidateModel, type CandidateDoc } from '../candidates/candidates.model';
import { toCandidateDocument } from '../candidates/candidates.search';
import { dutchToday } from '../contracts/today';
import { matchCandidateFromDocument, matchPlaceFromDocument } from '../matches/proposals/match-documents';
import { PlaceModel, type PlaceDoc } from '../places/places.model';
import { toPlaceDocuments } from '../places/places.search';

export interface NaiveProposals {
  candidateIds: string[];
  loaded: number;
  ms: number;
}

/**
 * The baseline that retrieval is measured against: every candidate of the region loaded from MongoDB
 * and scored in JavaScript, with the same constraints and score as the proposals endpoint.
 */
export async function naiveProposals(
  placeId: string,
  limit: number,
  weights: MatchWeights,
): Promise<NaiveProposals> {
  const started = performance.now();
  const place = await PlaceModel.findById(placeId).lean<PlaceDoc>();
  const placeDocument = place && (await toPlaceDocuments([place]))[0];
  if (!placeDocument) throw new Error(`Place ${placeId} has no location`);
  const match = matchPlaceFromDocument(placeDocument);
  const stored = await CandidateModel.find({ regionId: place.regionId }).lean<CandidateDoc[]>();
  const today = epochDay(dutchToday());
  const ranked = stored
    .map(toCandidateDocument)
    .filter((d) => d !== null)
    .map((d) => ({ id: d.id, candidate: matchCandidateFromDocument(d) }))
    .filter(({ candidate }) => failedConstraints(candidate, match).length === 0)
    .map(({ id, candidate }) => ({
      id,
      waitingSinceDay: candidate.waitingSinceDay,
      ...scoreMatch(candidate, match, today, weights),
    }))
    .sort(compareMatches);
  return {
    candidateIds: ranked.slice(0, limit).map((r) => r.id),
    loaded: stored.length,
    ms: performance.now() - started,
  };
}
