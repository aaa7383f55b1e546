import { normalizeTerm, tokenize } from './embedded/text';

/** A word of the index that a query word may have meant. */
export interface Alternative {
  term: string;
  /** Typos from the query word, as search counts them (see typos.ts). */
  typos: number;
  /** Documents the search may show that hold it (among those looked at). */
  documents: number;
}

/** Where suggestions come from: an engine's index, seen through the filters of the search that found nothing. */
export interface SuggestionSource {
  /**
   * 'found' when the (normalised) word finds documents by itself, as search reads it (the last word
   * as a beginning); otherwise the index's words within the suggestion budget that do.
   */
  alternatives(word: string, isLast: boolean): Promise<'found' | Alternative[]>;
  /** Whether a corrected query finds documents. */
  finds(q: string): Promise<boolean>;
}

export const DEFAULT_SUGGESTIONS = 3;
/** As search: words after the tenth are not looked at. */
const MAX_WORDS = 10;

/** Fewest typos first, then the word more documents hold, then alphabetical (stable across engines). */
export function bestFirst(alternatives: Alternative[]): Alternative[] {
  return [...alternatives].sort(
    (a, b) => a.typos - b.typos || b.documents - a.documents || a.term.localeCompare(b.term),
  );
}

/**
 * "Did you mean": each word that finds nothing by itself is replaced by its best alternative (the
 * others by their next ones, for further suggestions); words that do find something stay as typed.
 * Only corrected queries that find documents are offered; none when no word needed correcting (the
 * words exist, only not together) or a word resembles nothing.
 */
export async function suggestQueries(q: string, source: SuggestionSource, limit: number): Promise<string[]> {
  const typed = tokenize(q)
    .filter((w) => normalizeTerm(w))
    .slice(0, MAX_WORDS);
  const choices: string[][] = [];
  let corrected = false;
  for (const [i, raw] of typed.entries()) {
    const found = await source.alternatives(normalizeTerm(raw), i === typed.length - 1);
    if (found === 'found') choices.push([raw]);
    else if (!found.length) return [];
    else {
      corrected = true;
      choices.push(bestFirst(found).map((a) => a.term));
    }
  }
  if (!corrected) return [];
  const best = choices.map((c) => c[0]!);
  const candidates = [best.join(' ')];
  for (let rank = 1; rank < limit; rank += 1) {
    choices.forEach((c, i) => {
      if (c[rank]) candidates.push(best.map((w, k) => (k === i ? c[rank] : w)).join(' '));
    });
  }
  const suggestions: string[] = [];
  for (const candidate of new Set(candidates)) {
    if (suggestions.length >= limit) break;
    if (await source.finds(candidate)) suggestions.push(candidate);
  }
  return suggestions;
}
