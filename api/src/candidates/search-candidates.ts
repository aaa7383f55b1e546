import {
  CANDIDATES_INDEX,
  epochDay,
  matchedHighlights,
  type Filter,
  type SearchDocument,
  type SearchQuery,
  type SortRule,
} from '@kansplek/search';
import type { SessionUser } from '../http/session-user';
import { LANGUAGE_LEVELS, type TCandidateSearchQuery, type TCandidateSearchResult } from '../contract';
import { pageInfo } from '../http/pagination';
import { searchEngine } from '../search-sync/search-engine';
import { suggestionsWhenNothingFound } from '../search-sync/suggestions';

const FACETS = ['status', 'municipalityCode', 'drivingLicence', 'dutchLevelRank', 'targetGroups'];
const HIT_FIELDS = [
  'fullName',
  'skills',
  'occupationLabels',
  'municipalityCode',
  'status',
  'hoursMin',
  'hoursMax',
];

/** Relevance needs search words; without them, or when asked, by name or longest waiting first. */
function sortRules(query: TCandidateSearchQuery): SortRule[] | undefined {
  const sort = query.sort ?? (query.q ? 'relevance' : 'name');
  if (sort === 'waiting') return [{ field: 'waitingSinceDay', direction: 'asc' }];
  if (sort === 'name' || !query.q) return [{ field: 'sortName', direction: 'asc' }];
  return undefined;
}

/**
 * Consultants search the candidates of their own region as they type (name, skills, occupations),
 * narrowed by facets. Hits carry only list fields; the detail page reads (and audits) the profile.
 */
export async function searchCandidates(
  user: SessionUser,
  query: TCandidateSearchQuery,
): Promise<TCandidateSearchResult> {
  // Without a region nothing is theirs; the impossible filter keeps the answer empty.
  const filters: Filter[] = [{ field: 'regionId', op: 'eq', value: user.regionId ?? '-' }];
  if (query.status) filters.push({ field: 'status', op: 'eq', value: query.status });
  if (query.municipalityCode)
    filters.push({ field: 'municipalityCode', op: 'eq', value: query.municipalityCode });
  if (query.drivingLicence !== undefined)
    filters.push({ field: 'drivingLicence', op: 'eq', value: query.drivingLicence });
  if (query.minDutchLevel) {
    filters.push({
      field: 'dutchLevelRank',
      op: 'gte',
      value: LANGUAGE_LEVELS.indexOf(query.minDutchLevel) + 1,
    });
  }
  if (query.targetGroup) filters.push({ field: 'targetGroups', op: 'eq', value: query.targetGroup });
  if (query.availableBy)
    filters.push({ field: 'availableFromDay', op: 'lte', value: epochDay(query.availableBy) });
  if (query.minHours) filters.push({ field: 'hoursMax', op: 'gte', value: query.minHours });
  if (query.consultantId) filters.push({ field: 'consultantId', op: 'eq', value: query.consultantId });
  const search: SearchQuery = {
    q: query.q,
    filters,
    facets: FACETS,
    highlight: ['fullName', 'skills', 'occupationLabels'],
    // What a hit shows: the rest of the profile (birth date, benefits) stays in the engine.
    fields: HIT_FIELDS,
    sort: sortRules(query),
    page: query.page,
    limit: query.limit,
  };
  const result = await searchEngine().search<SearchDocument>(CANDIDATES_INDEX.name, search);
  return {
    data: result.hits.map(({ document: d, highlights }) => ({
      id: d.id,
      fullName: String(d.fullName ?? ''),
      skills: (d.skills as string[]) ?? [],
      occupations: (d.occupationLabels as string[]) ?? [],
      municipalityCode: String(d.municipalityCode ?? ''),
      status: String(d.status ?? ''),
      hours: { min: Number(d.hoursMin ?? 0), max: Number(d.hoursMax ?? 0) },
      highlights: matchedHighlights(highlights),
    })),
    page: pageInfo(result.page, result.limit, result.total),
    facets: result.facets,
    ...(await suggestionsWhenNothingFound(CANDIDATES_INDEX.name, search, result.total)),
  };
}
