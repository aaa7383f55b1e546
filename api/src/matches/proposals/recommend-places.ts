import {
  PLACES_INDEX,
  bestMatches,
  epochDay,
  failedConstraints,
  fromEpochDay,
  languageRank,
  type Filter,
  type MatchCandidate,
  type MatchWeights,
  type SearchDocument,
} from '@kansplek/search';
import type { SessionUser } from '../../http/session-user';
import { findOwnCandidate } from '../../candidates/candidate-records';
import { findVisibleCandidateDocument, toCandidateDocument } from '../../candidates/candidates.search';
import type { TMatchConstraint, TPlaceRecommendation, TRecommendationsResult } from '../../contract';
import { dutchToday } from '../../contracts/today';
import { searchEngine } from '../../search-sync/search-engine';
import { matchCandidateFromDocument, matchPlaceFromDocument } from './match-documents';
import { placesMatchedTo } from '../match-pairs';

/** Open places are few next to candidates: one retrieval of every place within reach is enough. */
const RETRIEVE = 1000;

/** Constraints that concern the candidate alone: when one fails, no place can be recommended. */
const CANDIDATE_CONSTRAINTS: TMatchConstraint[] = [
  'no_consent',
  'not_available_status',
  'in_trial_or_employed',
];

function placeFilters(regionId: string, c: MatchCandidate): Filter[] {
  const filters: Filter[] = [
    { field: 'regionId', op: 'eq', value: regionId },
    { field: 'status', op: 'eq', value: 'open' },
    { field: 'bundled', op: 'eq', value: false },
    { field: 'hoursMin', op: 'lte', value: c.hours.max },
    { field: 'hoursMax', op: 'gte', value: c.hours.min },
    { field: 'startDay', op: 'gte', value: c.availableFromDay },
    { field: 'minEducationRank', op: 'lte', value: c.educationRank },
    { field: 'minDutchLevelRank', op: 'lte', value: languageRank(c.dutchLevel) },
  ];
  if (!c.drivingLicence) filters.push({ field: 'requiresDrivingLicence', op: 'eq', value: false });
  return filters;
}

async function recommendFor(
  indexed: SearchDocument | null,
  limit: number,
  weights: MatchWeights,
): Promise<TRecommendationsResult> {
  if (!indexed) return { data: [], blockedBy: [] };
  const candidate = matchCandidateFromDocument(indexed);
  const blockedBy = CANDIDATE_CONSTRAINTS.filter((code) =>
    failedConstraints(candidate, ANY_PLACE).includes(code),
  );
  if (blockedBy.length) return { data: [], blockedBy };

  const [result, existing] = await Promise.all([
    searchEngine().search(PLACES_INDEX.name, {
      filters: placeFilters(String(indexed.regionId), candidate),
      // Travelled distance is at least the straight line, so the reach is a safe radius.
      geo: { ...candidate.location, radiusKm: Math.max(1, candidate.travel.maxKm) },
      sort: [{ field: '_geo', direction: 'asc' }],
      limit: RETRIEVE,
    }),
    placesMatchedTo(indexed.id),
  ]);
  const places = result.hits.map((h) => h.document).filter((p) => !existing.has(p.id));
  const today = epochDay(dutchToday());
  const pairs = places
    .map((doc) => ({ doc, candidate, place: matchPlaceFromDocument(doc) }))
    .filter(({ place }) => failedConstraints(candidate, place).length === 0);
  return { data: bestMatches(pairs, limit, today, weights).map(presentRecommendation), blockedBy: [] };
}

/** A place every candidate-independent constraint passes, to ask which candidate-only ones fail. */
const ANY_PLACE = {
  id: '',
  location: { lat: 0, lng: 0 },
  hours: { min: 0, max: 40 },
  startDay: Number.MAX_SAFE_INTEGER,
  requiresDrivingLicence: false,
  minDutchLevel: null,
  minEducationRank: null,
  requiredSkills: [],
  desirableSkills: [],
  iscoCode: null,
  sector: null,
  kind: '',
  supportOffered: [],
  preferredTargetGroups: [],
  displacementUnconfirmed: false,
};

function presentRecommendation(p: {
  doc: SearchDocument;
  score: number;
  distanceKm: number;
  reasons: TPlaceRecommendation['reasons'];
}): TPlaceRecommendation {
  const d = p.doc;
  return {
    place: {
      id: d.id,
      title: String(d.title ?? ''),
      contractorName: String(d.contractorName ?? ''),
      kind: String(d.kind ?? ''),
      sector: d.sector ? String(d.sector) : null,
      hours: { min: Number(d.hoursMin ?? 0), max: Number(d.hoursMax ?? 0) },
      startDate: d.startDay ? fromEpochDay(Number(d.startDay)) : null,
      city: String(d.city ?? ''),
    },
    score: p.score,
    distanceKm: p.distanceKm,
    reasons: p.reasons,
  };
}

/** The best open places for one of the consultant's candidates. */
export async function recommendPlaces(
  user: SessionUser,
  candidateId: string,
  limit: number,
  weights: MatchWeights,
): Promise<TRecommendationsResult> {
  return recommendFor(await findVisibleCandidateDocument(user, candidateId), limit, weights);
}

/** The best open places for the signed-in candidate. */
export async function recommendOwnPlaces(
  user: SessionUser,
  limit: number,
  weights: MatchWeights,
): Promise<TRecommendationsResult> {
  return recommendFor(toCandidateDocument(await findOwnCandidate(user)), limit, weights);
}
