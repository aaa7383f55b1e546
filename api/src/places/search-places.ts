import {
  PLACES_INDEX,
  fromEpochDay,
  matchedHighlights,
  type Filter,
  type GeoPoint,
  type SearchDocument,
  type SearchQuery,
  type SortRule,
} from '@kansplek/search';
import type { SessionUser } from '../http/session-user';
import { findOwnCandidate } from '../candidates/candidate-records';
import { findVisibleCandidateDocument, toCandidateDocument } from '../candidates/candidates.search';
import type { TPlaceHit, TPlaceSearchQuery, TPlaceSearchResult } from '../contract';
import { invalidField } from '../http/app-error';
import { pageInfo } from '../http/pagination';
import { searchEngine } from '../search-sync/search-engine';
import { suggestionsWhenNothingFound } from '../search-sync/suggestions';

const FACETS = ['kind', 'sector'];

/** Where distances are measured from: the candidate's own home, or (consultants) a chosen candidate's. */
async function homeOf(user: SessionUser, query: TPlaceSearchQuery): Promise<GeoPoint | null> {
  if (user.role === 'candidate') return toCandidateDocument(await findOwnCandidate(user))?._geo ?? null;
  if (!query.candidateId) return null;
  return (await findVisibleCandidateDocument(user, query.candidateId))?._geo ?? null;
}

export function placeSearchFilters(user: SessionUser, query: TPlaceSearchQuery): Filter[] {
  // Candidates see open places only; consultants may look at paused ones too. Never outside the region.
  const status = user.role === 'candidate' ? 'open' : query.status;
  const filters: Filter[] = [
    { field: 'regionId', op: 'eq', value: user.regionId ?? '-' },
    { field: 'status', op: 'eq', value: status },
    { field: 'bundled', op: 'eq', value: false },
  ];
  if (query.kind) filters.push({ field: 'kind', op: 'eq', value: query.kind });
  if (query.sector) filters.push({ field: 'sector', op: 'eq', value: query.sector });
  if (query.minHours) filters.push({ field: 'hoursMax', op: 'gte', value: query.minHours });
  if (query.maxHours) filters.push({ field: 'hoursMin', op: 'lte', value: query.maxHours });
  return filters;
}

function toHit(hit: { document: SearchDocument; distanceKm?: number; highlights: TPlaceHit['highlights'] }) {
  const d = hit.document;
  return {
    id: d.id,
    title: String(d.title ?? ''),
    contractorName: String(d.contractorName ?? ''),
    kind: d.kind as TPlaceHit['kind'],
    sector: (d.sector || null) as TPlaceHit['sector'],
    occupation: String(d.occupationLabel ?? ''),
    hours: { min: Number(d.hoursMin ?? 0), max: Number(d.hoursMax ?? 0) },
    startDate: d.startDay ? fromEpochDay(Number(d.startDay)) : null,
    city: String(d.city ?? ''),
    status: String(d.status ?? ''),
    distanceKm: hit.distanceKm === undefined ? null : Math.round(hit.distanceKm * 10) / 10,
    highlights: matchedHighlights(hit.highlights),
  } satisfies TPlaceHit;
}

/**
 * Open places of the user's region, as candidates and consultants search them: typo-tolerant text,
 * kind, sector, hours and distance from home. Nearest first when there is a home and no text.
 */
export async function searchPlaces(user: SessionUser, query: TPlaceSearchQuery): Promise<TPlaceSearchResult> {
  const home = await homeOf(user, query);
  if (query.maxKm && !home) {
    throw invalidField(
      'query.maxKm',
      user.role === 'candidate'
        ? 'Your profile has no home address to measure distance from'
        : 'Choose a candidate (candidateId) to measure distance from',
      'needs_home',
    );
  }
  const sort: SortRule[] | undefined = query.q
    ? undefined
    : home
      ? [{ field: '_geo', direction: 'asc' }]
      : [{ field: 'startDay', direction: 'asc' }];
  const search: SearchQuery = {
    q: query.q,
    filters: placeSearchFilters(user, query),
    geo: home ? { ...home, radiusKm: query.maxKm } : undefined,
    sort,
    facets: FACETS,
    highlight: ['title', 'occupationLabel', 'contractorName'],
    page: query.page,
    limit: query.limit,
  };
  const result = await searchEngine().search(PLACES_INDEX.name, search);
  return {
    data: result.hits.map(toHit),
    page: pageInfo(result.page, result.limit, result.total),
    facets: result.facets,
    ...(await suggestionsWhenNothingFound(PLACES_INDEX.name, search, result.total)),
  };
}
