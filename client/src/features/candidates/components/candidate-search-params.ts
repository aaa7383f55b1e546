import {
  CANDIDATE_STATUSES,
  LANGUAGE_LEVELS,
  TARGET_GROUPS,
  ZDate,
  type TLanguageLevel,
} from '@kansplek/api/contract';
import { intBetween, oneOf, searchText } from '@/lib/search-params';
import type { CandidateSearchParams } from '../api/search-candidates';

// Dutch parameter names, so a search can be bookmarked or shared: ?zoek=heftruck&gemeente=GM0202
export const CANDIDATE_SEARCH_PARAMS = {
  q: 'zoek',
  status: 'status',
  municipalityCode: 'gemeente',
  drivingLicence: 'rijbewijs',
  minDutchLevel: 'nederlands',
  targetGroup: 'doelgroep',
  availableBy: 'beschikbaar',
  minHours: 'uren',
  mine: 'mijn',
  sort: 'sorteer',
} as const;

export type CandidateFilter = Exclude<keyof typeof CANDIDATE_SEARCH_PARAMS, 'q'>;

/** The chosen filters (and order) as the controls show them: strings, '' for "any" or the default order. */
export type ChosenCandidateFilters = Record<CandidateFilter, string>;

export type CandidateSort = NonNullable<CandidateSearchParams['sort']>;

const LICENCE_PARAM = { true: 'ja', false: 'nee' } as const;
const MINE_PARAM = { true: 'ja' } as const;
// Relevance is never written: it is the default whenever there are search words, and means nothing without.
const SORT_PARAM = { name: 'naam', waiting: 'wachttijd' } as const;

/** The order the API uses when none is asked: relevance with search words, else by name. */
export function defaultCandidateSort(q: string | undefined): CandidateSort {
  return q ? 'relevance' : 'name';
}

/** The orders the consultant can choose besides the default one. */
export function otherCandidateSorts(q: string | undefined): Array<keyof typeof SORT_PARAM> {
  return (['name', 'waiting'] as const).filter((sort) => sort !== defaultCandidateSort(q));
}

function sortFromParam(value: string | null, q: string | undefined): CandidateSort | undefined {
  return otherCandidateSorts(q).find((sort) => SORT_PARAM[sort] === value);
}

/**
 * The API query from the address; values a hand-edited address made up are dropped. "Mijn kandidaten"
 * is kept as `mijn=ja`, not as an id, so a shared or bookmarked address means the reader's own.
 */
export function candidateSearchFromParams(
  params: URLSearchParams,
  page: number,
  limit: number,
  currentUserId: string,
): CandidateSearchParams {
  const get = (filter: keyof typeof CANDIDATE_SEARCH_PARAMS) => params.get(CANDIDATE_SEARCH_PARAMS[filter]);
  const licence = get('drivingLicence');
  const municipalityCode = get('municipalityCode');
  const availableBy = ZDate.safeParse(get('availableBy'));
  const q = searchText(get('q'));
  return {
    q,
    status: oneOf(CANDIDATE_STATUSES, get('status')),
    municipalityCode: municipalityCode && /^GM\d{4}$/.test(municipalityCode) ? municipalityCode : undefined,
    drivingLicence: licence === 'ja' ? true : licence === 'nee' ? false : undefined,
    minDutchLevel: oneOf(LANGUAGE_LEVELS, get('minDutchLevel')),
    targetGroup: oneOf(TARGET_GROUPS, get('targetGroup')),
    availableBy: availableBy.success ? availableBy.data : undefined,
    minHours: intBetween(get('minHours'), 1, 40),
    consultantId: get('mine') === MINE_PARAM.true ? currentUserId : undefined,
    sort: sortFromParam(get('sort'), q),
    page,
    limit,
  };
}

export function chosenCandidateFilters(query: CandidateSearchParams): ChosenCandidateFilters {
  return {
    status: query.status ?? '',
    municipalityCode: query.municipalityCode ?? '',
    drivingLicence: query.drivingLicence === undefined ? '' : String(query.drivingLicence),
    minDutchLevel: query.minDutchLevel ?? '',
    targetGroup: query.targetGroup ?? '',
    availableBy: query.availableBy ?? '',
    minHours: query.minHours === undefined ? '' : String(query.minHours),
    mine: query.consultantId ? 'true' : '',
    sort: query.sort ?? '',
  };
}

/** How many filters narrow the results; the order is no filter. */
export function chosenFilterCount(chosen: ChosenCandidateFilters): number {
  return Object.entries(chosen).filter(([filter, value]) => filter !== 'sort' && value).length;
}

/** The address change for one filter control's new value ('' removes the filter). */
export function candidateFilterChange(filter: CandidateFilter, value: string): Record<string, string> {
  const inAddress =
    filter === 'drivingLicence'
      ? LICENCE_PARAM[value as keyof typeof LICENCE_PARAM]
      : filter === 'mine'
        ? MINE_PARAM[value as keyof typeof MINE_PARAM]
        : filter === 'sort'
          ? SORT_PARAM[value as keyof typeof SORT_PARAM]
          : value;
  return { [CANDIDATE_SEARCH_PARAMS[filter]]: inAddress ?? '' };
}

/**
 * The index counts candidates per exact Dutch level (rank 1 = A1 … 6 = C2); the filter asks for "at
 * least" a level, so each level's count is that of its rank and every rank above it.
 */
export function atLeastLevelCounts(
  rankCounts: Record<string, number> | undefined,
): Record<TLanguageLevel, number> | undefined {
  if (!rankCounts) return undefined;
  let total = 0;
  const counts = {} as Record<TLanguageLevel, number>;
  for (let rank = LANGUAGE_LEVELS.length; rank >= 1; rank -= 1) {
    total += rankCounts[String(rank)] ?? 0;
    counts[LANGUAGE_LEVELS[rank - 1]!] = total;
  }
  return counts;
}
