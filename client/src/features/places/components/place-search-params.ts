import { PLACE_KINDS, SECTORS, ZObjectId } from '@kansplek/api/contract';
import { PLACE_SEARCH_CANDIDATE_PARAM } from '@/config/paths';
import { intBetween, oneOf, searchText } from '@/lib/search-params';
import type { PlaceSearchParams } from '../api/search-places';

// Dutch parameter names, so a search can be bookmarked or shared: ?zoek=groen&afstand=10
export const PLACE_SEARCH_PARAMS = {
  q: 'zoek',
  kind: 'soort',
  sector: 'sector',
  minHours: 'minuren',
  maxHours: 'maxuren',
  maxKm: 'afstand',
  candidateId: PLACE_SEARCH_CANDIDATE_PARAM,
  status: 'status',
} as const;

export type PlaceFilter = Exclude<keyof typeof PLACE_SEARCH_PARAMS, 'q'>;

/** The chosen filters as the controls show them: strings, '' for "any" (and for status: open). */
export type ChosenPlaceFilters = Record<PlaceFilter, string>;

/** "Binnen 5/10/25 km van huis". */
export const DISTANCE_CHOICES = [5, 10, 25] as const;
export const HOUR_CHOICES = [8, 16, 24, 32, 40] as const;

/**
 * The API query from the address; values a hand-edited address made up are dropped. Only consultants
 * choose a candidate to measure from and may look at paused places; without a candidate they have no
 * home to measure a distance from, so the distance filter waits until one is chosen.
 */
export function placeSearchFromParams(
  params: URLSearchParams,
  forConsultant: boolean,
  page: number,
  limit: number,
): PlaceSearchParams {
  const get = (filter: keyof typeof PLACE_SEARCH_PARAMS) => params.get(PLACE_SEARCH_PARAMS[filter]);
  const candidateId = ZObjectId.safeParse(get('candidateId'));
  const fromCandidate = forConsultant && candidateId.success ? candidateId.data : undefined;
  return {
    q: searchText(get('q')),
    kind: oneOf(PLACE_KINDS, get('kind')),
    sector: oneOf(SECTORS, get('sector')),
    minHours: intBetween(get('minHours'), 1, 40),
    maxHours: intBetween(get('maxHours'), 1, 40),
    maxKm: !forConsultant || fromCandidate ? intBetween(get('maxKm'), 1, 200) : undefined,
    candidateId: fromCandidate,
    status: forConsultant && get('status') === 'paused' ? 'paused' : undefined,
    page,
    limit,
  };
}

export function chosenPlaceFilters(query: PlaceSearchParams): ChosenPlaceFilters {
  const text = (value: string | number | undefined) => (value === undefined ? '' : String(value));
  return {
    kind: text(query.kind),
    sector: text(query.sector),
    minHours: text(query.minHours),
    maxHours: text(query.maxHours),
    maxKm: text(query.maxKm),
    candidateId: text(query.candidateId),
    status: text(query.status),
  };
}

/** The address change for one filter's new value; no candidate means no distance to filter on. */
export function placeFilterChange(filter: PlaceFilter, value: string): Record<string, string> {
  const change: Record<string, string> = { [PLACE_SEARCH_PARAMS[filter]]: value };
  if (filter === 'candidateId' && !value) change[PLACE_SEARCH_PARAMS.maxKm] = '';
  return change;
}
