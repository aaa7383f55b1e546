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
} as const;

export type CandidateFilter = Exclude<keyof typeof CANDIDATE_SEARCH_PARAMS, 'q'>;

/** The chosen filters as the controls show them: strings, '' for "any". */
export type ChosenCandidateFilters = Record<CandidateFilter, string>;

const LICENCE_PARAM = { true: 'ja', false: 'nee' } as const;

/** The API query from the address; values a hand-edited address made up are dropped. */
export function candidateSearchFromParams(
  params: URLSearchParams,
  page: number,
  limit: number,
): CandidateSearchParams {
  const get = (filter: keyof typeof CANDIDATE_SEARCH_PARAMS) => params.get(CANDIDATE_SEARCH_PARAMS[filter]);
  const licence = get('drivingLicence');
  const municipalityCode = get('municipalityCode');
  const availableBy = ZDate.safeParse(get('availableBy'));
  return {
    q: searchText(get('q')),
    status: oneOf(CANDIDATE_STATUSES, get('status')),
    municipalityCode: municipalityCode && /^GM\d{4}$/.test(municipalityCode) ? municipalityCode : undefined,
    drivingLicence: licence === 'ja' ? true : licence === 'nee' ? false : undefined,
    minDutchLevel: oneOf(LANGUAGE_LEVELS, get('minDutchLevel')),
    targetGroup: oneOf(TARGET_GROUPS, get('targetGroup')),
    availableBy: availableBy.success ? availableBy.data : undefined,
    minHours: intBetween(get('minHours'), 1, 40),
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
  };
}

/** The address change for one filter control's new value ('' removes the filter). */
export function candidateFilterChange(filter: CandidateFilter, value: string): Record<string, string> {
  const inAddress =
    filter === 'drivingLicence' ? (LICENCE_PARAM[value as keyof typeof LICENCE_PARAM] ?? '') : value;
  return { [CANDIDATE_SEARCH_PARAMS[filter]]: inAddress };
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
