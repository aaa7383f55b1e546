import { BUNDLE_RULES, PLACES_INDEX, MAX_LIMIT, suggestBundles } from '@kansplek/search';
import type { SessionUser } from '../http/session-user';
import type { TBundleSuggestion, TPageInfo, TPageQuery } from '../contract';
import { pageInfo } from '../http/pagination';
import { searchEngine } from '../search-sync/search-engine';
import { bundlePartFromDocument } from './bundle-parts';

/** Bundle suggestions among the small open places of the consultant's region, best first. */
export async function listBundleSuggestions(
  user: SessionUser,
  query: TPageQuery,
): Promise<{ data: TBundleSuggestion[]; page: TPageInfo }> {
  const result = await searchEngine().search(PLACES_INDEX.name, {
    filters: [
      { field: 'regionId', op: 'eq', value: user.regionId ?? '-' },
      { field: 'status', op: 'eq', value: 'open' },
      { field: 'bundled', op: 'eq', value: false },
      { field: 'hoursMax', op: 'lt', value: BUNDLE_RULES.smallBelowHours },
    ],
    limit: MAX_LIMIT,
  });
  const documents = new Map(result.hits.map((h) => [h.document.id, h.document]));
  const suggestions = suggestBundles([...documents.values()].map(bundlePartFromDocument));
  const start = (query.page - 1) * query.limit;
  return {
    data: suggestions.slice(start, start + query.limit).map((s) => ({
      places: s.partIds.map((id) => {
        const d = documents.get(id)!;
        return {
          id,
          title: String(d.title ?? ''),
          contractorName: String(d.contractorName ?? ''),
          hours: { min: Number(d.hoursMin ?? 0), max: Number(d.hoursMax ?? 0) },
          city: String(d.city ?? ''),
        };
      }),
      hours: s.hours,
      spreadKm: s.spreadKm,
      similarity: s.similarity,
    })),
    page: pageInfo(query.page, query.limit, suggestions.length),
  };
}
