import type { Meilisearch } from 'meilisearch';
import { normalizeTerm } from '../embedded/text';
import type { SuggestQuery } from '../engine';
import type { Alternative, SuggestionSource } from '../suggest';
import { suggestionBudget, typoCount } from '../typos';
import { POST_TAG, PRE_TAG, toMeiliFilters, toSegments } from './meili-query';

/**
 * Spellings of a word that Meilisearch's own typo tolerance then widens by its budget: the word with a
 * letter left out or two neighbouring letters swapped, and with another first letter (which its budget
 * never forgives). Meilisearch has no "did you mean" and does not show its vocabulary, so its words
 * are found as search finds them: by searching.
 */
export function spellingVariants(word: string): string[] {
  const variants = new Set<string>();
  for (let i = 0; i < word.length; i += 1) variants.add(word.slice(0, i) + word.slice(i + 1));
  for (let i = 0; i + 1 < word.length; i += 1)
    variants.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  for (const letter of 'abcdefghijklmnopqrstuvwxyz') variants.add(letter + word.slice(1));
  variants.delete(word);
  variants.delete('');
  return [...variants];
}

/** The whole words that a highlighted text marks (a beginning marked, as typed, counts as its word). */
export function markedWords(formatted: unknown): string[] {
  const texts = Array.isArray(formatted) ? formatted.map(String) : [String(formatted ?? '')];
  const words: string[] = [];
  for (const text of texts) {
    const segments = toSegments(text);
    segments.forEach((segment, i) => {
      if (!segment.match) return;
      const rest = segments[i + 1]?.text ?? '';
      const word = (segment.text + rest).match(/^[\p{L}\p{N}]+/u)?.[0];
      if (word) words.push(normalizeTerm(word));
    });
  }
  return words;
}

/** Each variant brings at most this many documents' words. */
const HITS_PER_VARIANT = 20;

/**
 * Suggestions from a Meilisearch index (see suggest.ts): only words marked in the searchable fields of
 * documents that the query's own filters let through, so nobody is shown a word they could not find.
 */
export function meiliSuggestionSource(
  client: Meilisearch,
  uid: string,
  query: SuggestQuery,
  searchable: string[],
): SuggestionSource {
  const filter = toMeiliFilters(query);
  // A trailing space ends the last word: Meilisearch then reads it whole, as the words before it.
  const asRead = (word: string, isLast: boolean) => (isLast ? word : `${word} `);
  const finds = async (q: string) =>
    ((await client.index(uid).search(q, { filter, page: 1, hitsPerPage: 0 })).totalHits ?? 0) > 0;
  return {
    finds,
    async alternatives(word: string, isLast: boolean): Promise<'found' | Alternative[]> {
      if (await finds(asRead(word, isLast))) return 'found';
      const { results } = await client.multiSearch({
        queries: spellingVariants(word).map((variant) => ({
          indexUid: uid,
          q: asRead(variant, isLast),
          filter,
          limit: HITS_PER_VARIANT,
          attributesToRetrieve: ['id'],
          attributesToHighlight: searchable,
          // Only the words around the marks are needed, not a whole description.
          attributesToCrop: searchable,
          cropLength: 8,
          cropMarker: '',
          highlightPreTag: PRE_TAG,
          highlightPostTag: POST_TAG,
        })),
      });
      const holders = new Map<string, Set<string>>();
      for (const result of results) {
        for (const hit of result.hits as Array<{ id: string; _formatted?: Record<string, unknown> }>) {
          for (const value of Object.values(hit._formatted ?? {})) {
            for (const term of markedWords(value)) {
              if (!holders.has(term)) holders.set(term, new Set());
              holders.get(term)!.add(hit.id);
            }
          }
        }
      }
      const budget = suggestionBudget(word);
      return [...holders]
        .map(([term, ids]) => ({ term, typos: typoCount(word, term, isLast), documents: ids.size }))
        .filter((a) => a.typos >= 1 && a.typos <= budget);
    },
  };
}
