import {
  CANDIDATES_INDEX,
  bestMatches,
  epochDay,
  failedConstraints,
  languageRank,
  type Filter,
  type MatchPlace,
  type MatchWeights,
  type SearchDocument,
  type SearchQuery,
} from '@kansplek/search';
import type { SessionUser } from '../../http/session-user';
import type { TCandidateProposal, TProposalRequest, TProposalsResult } from '../../contract';
import { dutchToday } from '../../contracts/today';
import { findByIdMatching } from '../../database/find-by-id';
import { notFound } from '../../http/app-error';
import { PlaceModel, type PlaceDoc } from '../../places/places.model';
import { toPlaceDocuments } from '../../places/places.search';
import { maySeePlace } from '../../places/places.policy';
import { searchEngine } from '../../search-sync/search-engine';
import { matchCandidateFromDocument, matchPlaceFromDocument, waitingSinceDate } from './match-documents';
import { candidatesMatchedTo } from '../match-pairs';

/**
 * How many candidates each retrieval brings back for scoring; the score then picks the best. Chosen
 * by comparing the top 10 with scoring everyone (docs/benchmarks.md): more by words than nearest
 * agrees best at the same cost.
 */
const RETRIEVE = { nearest: 300, words: 700 };
/** Nobody travels further than this (straight line), whatever their profile says. */
const MAX_REACH_KM = 60;

type Blocker = TProposalsResult['blockedBy'][number];

/** What proposing needs to know about the place. */
interface PlaceFacts {
  contractorId: unknown;
  regionId: unknown;
  status: PlaceDoc['status'];
  /** The place as the places index holds it; null without a work location. */
  document: SearchDocument | null;
  hasHours: boolean;
  bundled: boolean;
}

/** The place from MongoDB, as the places index would hold it (with its contractor and contract). */
async function loadPlaceFacts(placeId: string): Promise<PlaceFacts> {
  const place = await findByIdMatching(PlaceModel, placeId);
  if (!place) throw notFound('Place');
  return {
    contractorId: place.contractorId,
    regionId: place.regionId,
    status: place.status,
    document: (await toPlaceDocuments([place]))[0] ?? null,
    hasHours: !!place.hours,
    bundled: !!place.bundledIntoId,
  };
}

/** Why no candidate can be proposed for the place at all. */
function blockersOf(place: PlaceFacts, match: MatchPlace | null): Blocker[] {
  const blocked: Blocker[] = [];
  if (place.status === 'filled' || place.status === 'closed') blocked.push('place_not_open');
  if (place.bundled) blocked.push('bundled');
  if (!place.document) blocked.push('no_location');
  if (!place.hasHours) blocked.push('no_hours');
  if (match?.displacementUnconfirmed) blocked.push('displacement_unconfirmed');
  return blocked;
}

/** The hard constraints as index filters, so the engine only returns candidates who could qualify. */
export function candidateFilters(regionId: string, place: MatchPlace): Filter[] {
  const filters: Filter[] = [
    { field: 'regionId', op: 'eq', value: regionId },
    { field: 'consentMatching', op: 'eq', value: true },
    { field: 'status', op: 'in', values: ['active', 'in_process'] },
    { field: 'inTrialOrEmployed', op: 'eq', value: false },
    { field: 'availableFromDay', op: 'lte', value: place.startDay },
    { field: 'hoursMax', op: 'gte', value: place.hours.min },
    { field: 'hoursMin', op: 'lte', value: place.hours.max },
  ];
  if (place.requiresDrivingLicence) filters.push({ field: 'drivingLicence', op: 'eq', value: true });
  if (place.minDutchLevel) {
    filters.push({ field: 'dutchLevelRank', op: 'gte', value: languageRank(place.minDutchLevel) });
  }
  if (place.minEducationRank)
    filters.push({ field: 'educationRank', op: 'gte', value: place.minEducationRank });
  return filters;
}

/**
 * Retrieval, then ranking: the index narrows the region to candidates who pass the filterable
 * constraints, two ways (the words of the place: its skills and occupation, typo-tolerant; and the
 * nearest), and the score ranks the union. Two retrievals keep a strong skills match that lives far
 * down the distance order, and a close neighbour whose profile uses other words.
 */
export function retrievalQueries(regionId: string, place: MatchPlace, words: string): SearchQuery[] {
  const base: SearchQuery = {
    filters: candidateFilters(regionId, place),
    geo: { ...place.location, radiusKm: MAX_REACH_KM },
    // Nearest first; among equally good word matches too (there are thousands of those).
    sort: [{ field: '_geo', direction: 'asc' }],
  };
  const queries: SearchQuery[] = [{ ...base, limit: RETRIEVE.nearest }];
  if (words) queries.push({ ...base, q: words, matching: 'any', limit: RETRIEVE.words });
  return queries;
}

async function retrieveCandidates(
  regionId: string,
  place: MatchPlace,
  words: string,
): Promise<SearchDocument[]> {
  const engine = searchEngine();
  // The index works without waiting; this lets a read started just before (the access check) reach
  // MongoDB first, so the two overlap instead of following each other.
  await new Promise((resolve) => setImmediate(resolve));
  const results = await Promise.all(
    retrievalQueries(regionId, place, words).map((query) => engine.search(CANDIDATES_INDEX.name, query)),
  );
  const byId = new Map<string, SearchDocument>();
  for (const hit of results.flatMap((r) => r.hits)) byId.set(hit.document.id, hit.document);
  return [...byId.values()];
}

/** The words a fitting candidate's profile would contain: the place's skills and occupation. */
export const wordsOf = (d: SearchDocument) =>
  [
    ...((d.requiredSkills as string[]) ?? []),
    ...((d.desirableSkills as string[]) ?? []),
    String(d.occupationLabel ?? ''),
  ]
    .join(' ')
    .slice(0, 400);

/**
 * The best candidates for a place, each with its score and every factor's contribution. Candidates
 * who already have a match for the place (shortlisted, dismissed or further) are not proposed again.
 */
export async function proposeCandidates(
  user: SessionUser,
  placeId: string,
  request: TProposalRequest,
  weights: MatchWeights,
): Promise<TProposalsResult> {
  const place = await loadPlaceFacts(placeId);
  const document = place.document;
  const match = document ? matchPlaceFromDocument(document) : null;
  const blockedBy = blockersOf(place, match);
  const words = document ? wordsOf(document) : '';
  // Together: whether the user may see the place (its contractor, read from MongoDB), who already has
  // a match for it, and the retrieval, which runs while MongoDB answers. Nothing is returned before
  // the access check has passed.
  const [visible, existing, candidates] = await Promise.all([
    maySeePlace(user, place),
    candidatesMatchedTo(placeId),
    match && !blockedBy.length
      ? retrieveCandidates(String(place.regionId ?? user.regionId), match, words)
      : [],
  ]);
  if (!visible) throw notFound('Place');
  if (!match || blockedBy.length) return { data: [], blockedBy, excludedExisting: 0 };

  const today = epochDay(dutchToday());
  const pairs = candidates
    .filter((doc) => !existing.has(doc.id))
    .map((doc) => ({ doc, candidate: matchCandidateFromDocument(doc), place: match }))
    .filter(({ candidate }) => failedConstraints(candidate, match).length === 0);
  return {
    data: bestMatches(pairs, request.limit, today, weights).map(presentProposal),
    blockedBy: [],
    excludedExisting: candidates.filter((doc) => existing.has(doc.id)).length,
  };
}

function presentProposal(p: {
  doc: SearchDocument;
  score: number;
  distanceKm: number;
  reasons: TCandidateProposal['reasons'];
}): TCandidateProposal {
  const d = p.doc;
  return {
    candidate: {
      id: d.id,
      fullName: String(d.fullName ?? ''),
      municipalityCode: String(d.municipalityCode ?? ''),
      skills: (d.skills as string[]) ?? [],
      occupations: (d.occupationLabels as string[]) ?? [],
      hours: { min: Number(d.hoursMin ?? 0), max: Number(d.hoursMax ?? 0) },
      waitingSince: waitingSinceDate(d),
    },
    score: p.score,
    distanceKm: p.distanceKm,
    reasons: p.reasons,
  };
}
