/**
 * Typos as Meilisearch counts them (milli's query_term/compute_derivations.rs and parse_query.rs), one
 * rule for every engine: a word of 5 letters or more may have one typo, of 9 or more two; a typo is a
 * letter added, left out, replaced, or two neighbouring letters swapped (Damerau–Levenshtein); a first
 * letter that differs costs one typo more; the last word, still being typed, may match the beginning
 * of a longer word.
 */

/** Meilisearch's typo budget (minWordSizeForTypos 5 and 9): none under 5 letters, one from 5, two from 9. */
export function typoBudget(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** "Did you mean" reaches one typo further than search forgives, from 3 letters on. */
export function suggestionBudget(word: string): number {
  return word.length < 3 ? 0 : typoBudget(word) + 1;
}

/**
 * Edits from `word` to `term` (a swap of neighbouring letters is one: optimal string alignment); with
 * `prefix`, to the closest beginning of `term`. A plain matrix, row by row along the term.
 */
function editDistance(word: string, term: string, prefix: boolean): number {
  let twoBack: number[] = [];
  let previous = Array.from({ length: word.length + 1 }, (_, j) => j);
  let closest = previous[word.length]!;
  for (let i = 1; i <= term.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= word.length; j += 1) {
      let d = Math.min(
        previous[j]! + 1,
        row[j - 1]! + 1,
        previous[j - 1]! + (term[i - 1] === word[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && term[i - 1] === word[j - 2] && term[i - 2] === word[j - 1])
        d = Math.min(d, twoBack[j - 2]! + 1);
      row.push(d);
    }
    twoBack = previous;
    previous = row;
    closest = Math.min(closest, row[word.length]!);
  }
  return prefix ? closest : previous[word.length]!;
}

/**
 * How many typos `term` is from the (normalised) query `word`; with `prefix`, from its closest
 * beginning. The embedded engine finds terms by walking its tree (typo-terms.ts); this counts them one
 * by one, for words taken from Meilisearch's answers.
 */
export function typoCount(word: string, term: string, prefix: boolean): number {
  const d = editDistance(word, term, prefix);
  return term[0] === word[0] ? d : d + 1;
}
