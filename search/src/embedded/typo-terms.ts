/** MiniSearch's radix tree (SearchableMap's `_tree`): edges keyed by text, a leaf under the key ''. */
export type RadixTree<T> = Map<string, T | RadixTree<T>>;

/** A vocabulary term found for a query word, with its value and how many typos it counts. */
export interface TypoTerm<T> {
  term: string;
  value: T;
  typos: number;
}

/** As Meilisearch: at most this many words with one typo, and with two, per query word (three: suggestions). */
const MAX_TERMS = [Infinity, 150, 50, 50];

/**
 * The terms of a radix tree within `budget` typos of `word`, counted as Meilisearch counts them
 * (milli's query_term/compute_derivations.rs): Damerau–Levenshtein distance, so two neighbouring letters
 * swapped ("heftrcuk") are one typo, and a term whose first letter differs from the word's counts one
 * typo more ("caturday" is two typos from "saturday"). With `prefix` (the last word, still being typed)
 * a term also matches when a beginning of it is within the budget, at the distance of its closest
 * beginning. Terms at distance 0 are left out: exact words and prefixes are looked up directly.
 *
 * Written by hand after MiniSearch's fuzzySearch (a Levenshtein matrix updated row by row along the
 * tree's edges): MiniSearch counts a swap as two edits and knows neither the first-letter rule nor
 * typos within a prefix, and no maintained library walks its tree.
 */
export function typoTerms<T>(
  tree: RadixTree<T>,
  word: string,
  budget: number,
  prefix: boolean,
): Array<TypoTerm<T>> {
  const found: Array<TypoTerm<T>> = [];
  if (budget <= 0 || !word) return found;
  const counts = [0, 0, 0];
  const accept = (term: string, value: T, typos: number) => {
    if (typos === 0 || counts[typos]! >= MAX_TERMS[typos]!) return;
    counts[typos]! += 1;
    found.push({ term, value, typos });
  };
  // Siblings in a radix tree begin with different letters: one edge holds the terms that begin as the
  // word does. A different first letter costs a typo of its own, so the others get one edit less.
  const same = new Walk<T>(word, budget, prefix, (term, value, d) => accept(term, value, d));
  const other =
    budget > 1 ? new Walk<T>(word, budget - 1, prefix, (term, value, d) => accept(term, value, d + 1)) : null;
  for (const [key, child] of tree) {
    if (key === '') continue;
    const walk = key[0] === word[0] ? same : other;
    walk?.edge(key, child as RadixTree<T>, 1, '', Infinity);
  }
  return found;
}

/**
 * One walk down the tree with the distance matrix of `word` against the path: row i holds the
 * distances of the path's first i letters to each beginning of `word`.
 */
class Walk<T> {
  /** Columns: the empty beginning and one per letter of the word. */
  private readonly n: number;
  private readonly matrix: Uint8Array;

  constructor(
    private readonly word: string,
    private readonly maxDistance: number,
    private readonly prefix: boolean,
    private readonly report: (term: string, value: T, distance: number) => void,
  ) {
    this.n = word.length + 1;
    // A path longer than the word by more than maxDistance is never within it.
    const rows = this.n + maxDistance + 1;
    this.matrix = new Uint8Array(rows * this.n).fill(maxDistance + 1);
    for (let j = 0; j < this.n; j += 1) this.matrix[j] = j;
    for (let i = 1; i < rows; i += 1) this.matrix[i * this.n] = i;
  }

  /**
   * Follows an edge: a row per letter of `key` from row `row` on, then the node below. `closest` is
   * the smallest distance of the whole word to a beginning of the path (prefix mode).
   */
  edge(key: string, node: RadixTree<T>, row: number, path: string, closest: number): void {
    const { n, word, matrix, maxDistance } = this;
    let i = row;
    for (let pos = 0; pos < key.length; pos += 1, i += 1) {
      const letter = key[pos]!;
      const before = pos > 0 ? key[pos - 1] : path[path.length - 1];
      const here = n * i;
      const above = here - n;
      let rowMin = matrix[here]!;
      const jmin = Math.max(0, i - maxDistance - 1);
      const jmax = Math.min(n - 1, i + maxDistance);
      for (let j = jmin; j < jmax; j += 1) {
        let d = Math.min(
          matrix[above + j]! + (letter === word[j] ? 0 : 1),
          matrix[above + j + 1]! + 1,
          matrix[here + j]! + 1,
        );
        // Two neighbouring letters swapped: one edit from the cell two rows and two columns back.
        if (j > 0 && letter === word[j - 1] && before === word[j]) {
          d = Math.min(d, matrix[above - n + j - 1]! + 1);
        }
        matrix[here + j + 1] = d;
        if (d < rowMin) rowMin = d;
      }
      if (this.prefix && jmax === n - 1) closest = Math.min(closest, matrix[here + n - 1]!);
      // Distances never shrink further down (a swap reaches back two rows, but never below the
      // row before's minimum plus one), so nothing below is within reach.
      if (rowMin > maxDistance) {
        if (closest <= maxDistance) this.everyTerm(node, path + key, closest);
        return;
      }
    }
    this.node(node, i, path + key, closest);
  }

  private node(node: RadixTree<T>, row: number, path: string, closest: number): void {
    for (const [key, child] of node) {
      if (key === '') {
        const distance = Math.min(this.matrix[row * this.n - 1]!, closest);
        if (distance <= this.maxDistance) this.report(path, child as T, distance);
      } else this.edge(key, child as RadixTree<T>, row, path, closest);
    }
  }

  /** Every term below a beginning that is within reach, at that beginning's distance. */
  private everyTerm(node: RadixTree<T>, path: string, distance: number): void {
    for (const [key, child] of node) {
      if (key === '') this.report(path, child as T, distance);
      else this.everyTerm(child as RadixTree<T>, path + key, distance);
    }
  }
}
