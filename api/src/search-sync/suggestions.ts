import type { SearchQuery } from '@kansplek/search';
import { searchEngine } from './search-engine';

/**
 * "Bedoelde u …?" for a search whose words found nothing: asked with the search's own filters (region,
 * status, radius), so every suggested word is one the searcher could have found, in the fields that
 * search looks in; never a name from another region or a word of documents they may not see.
 */
export async function suggestionsWhenNothingFound(
  index: string,
  query: SearchQuery,
  total: number,
): Promise<{ suggestions?: string[] }> {
  const q = query.q?.trim();
  if (total > 0 || !q) return {};
  return { suggestions: await searchEngine().suggest(index, { q, filters: query.filters, geo: query.geo }) };
}
