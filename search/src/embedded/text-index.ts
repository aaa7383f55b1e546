import SearchableMap from 'minisearch/SearchableMap';
import { normalizeTerm, tokenize, typoBudget } from './text';

/** What a query found: per touched document, how many query words it matched and how well. */
export interface TextMatches {
  /** Documents (ordinals) that matched the query as asked (every word, or any word), in order found. */
  ordinals: Int32Array;
  /** Rank value per ordinal (higher is better): matched words first, then match quality and field. */
  rank: Float64Array;
  /** Every vocabulary term that counted as a match (for highlighting). */
  terms: Set<string>;
}

/** Exact words and synonyms rank above prefixes, prefixes above words with one typo, then two. */
const QUALITY = { exact: 4, prefix: 3, typo1: 2, typo2: 1 } as const;
const MAX_WORDS = 10;

/**
 * The embedded engine's full-text index. MiniSearch's radix tree (`SearchableMap`) finds the
 * vocabulary terms a word stands for (exact, prefix, within the typo budget); the postings and the
 * ranking are ours. Written by hand because MiniSearch's own search scores every posting with BM25
 * and builds a result object per document: with 100,000 candidates a common skill such as
 * "schoonmaken" (20,000 postings) took 60–400 ms, where this takes a few. The ranking follows
 * Meilisearch's rules rather than BM25: matched words, then typos and prefixes, then the field.
 */
export class TextIndex {
  private readonly vocabulary = new SearchableMap<number>();
  /** Per term id: the documents containing it and, per document, the most important field it is in. */
  private readonly postings: Array<{ ordinals: number[]; fields: number[] }> = [];

  /** Per ordinal: which query words matched (bits) and the rank; reused by every search (see search). */
  private mask = new Uint16Array(0);
  private rank = new Float64Array(0);
  private touched = new Int32Array(0);
  private touchedCount = 0;

  constructor(private readonly fieldCount: number) {}

  /** Indexes one document's searchable texts (most important field first) under its ordinal. */
  add(ordinal: number, texts: string[]): void {
    texts.forEach((text, field) => {
      for (const raw of tokenize(text)) {
        const term = normalizeTerm(raw);
        if (!term) continue;
        let id = this.vocabulary.get(term);
        if (id === undefined) {
          id = this.postings.push({ ordinals: [], fields: [] }) - 1;
          this.vocabulary.set(term, id);
        }
        const list = this.postings[id]!;
        // Fields come in order, so a term seen before for this document was in a more important field.
        if (list.ordinals[list.ordinals.length - 1] !== ordinal) {
          list.ordinals.push(ordinal);
          list.fields.push(field);
        }
      }
    });
  }

  clear(): void {
    this.vocabulary.clear();
    this.postings.length = 0;
  }

  /** The vocabulary terms a query word stands for, best first, with the quality of each. */
  private expand(word: string, isLast: boolean, synonyms: Map<string, string[]>): Array<[string, number]> {
    const found = new Map<string, number>();
    const offer = (term: string, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    for (const term of [word, ...(synonyms.get(word) ?? [])]) {
      if (this.vocabulary.has(term)) offer(term, QUALITY.exact);
    }
    // As in Meilisearch, the last word may be unfinished: the user is still typing it.
    if (isLast) for (const [term] of this.vocabulary.atPrefix(word)) offer(term, QUALITY.prefix);
    const budget = typoBudget(word);
    if (budget > 0) {
      for (const [term, [, distance]] of this.vocabulary.fuzzyGet(word, budget)) {
        offer(term, distance === 0 ? QUALITY.exact : distance === 1 ? QUALITY.typo1 : QUALITY.typo2);
      }
    }
    return [...found].sort((a, b) => b[1] - a[1]);
  }

  /**
   * Finds the documents matching `q` among the `alive` ordinals (removed documents stay in postings).
   * The loops work on typed arrays kept between searches: with 100,000 candidates a one-letter word
   * touches ~90,000 postings, and a JS array of touched documents plus a closure per document for the
   * final check cost 4–5 ms of the ~6 ms such a search took.
   */
  search(
    q: string,
    matching: 'all' | 'any',
    synonyms: Map<string, string[]>,
    alive: Uint8Array,
  ): TextMatches {
    const words = [...new Set(tokenize(q).map(normalizeTerm).filter(Boolean))].slice(0, MAX_WORDS);
    // The buffers of the previous search are reset where it wrote, instead of allocated anew: a search
    // runs to its end synchronously and its caller is done with `rank` before the next one starts.
    if (this.mask.length < alive.length) {
      this.mask = new Uint16Array(alive.length * 2);
      this.rank = new Float64Array(alive.length * 2);
      this.touched = new Int32Array(alive.length * 2);
    } else {
      for (let i = 0; i < this.touchedCount; i += 1) {
        const o = this.touched[i]!;
        this.mask[o] = 0;
        this.rank[o] = 0;
      }
    }
    const { mask, rank, touched } = this;
    let count = 0;
    const terms = new Set<string>();
    words.forEach((word, i) => {
      const bit = 1 << i;
      for (const [term, quality] of this.expand(word, i === words.length - 1, synonyms)) {
        terms.add(term);
        const { ordinals, fields } = this.postings[this.vocabulary.get(term)!]!;
        const score = 1000 + quality * 10 + this.fieldCount;
        for (let k = 0; k < ordinals.length; k += 1) {
          const o = ordinals[k]!;
          const seen = mask[o]!;
          if (seen & bit) continue;
          if (seen === 0) touched[count++] = o;
          mask[o] = seen | bit;
          // Better terms come first, so the first hit per word is its best; the field breaks ties.
          rank[o] = rank[o]! + score - fields[k]!;
        }
      }
    });
    this.touchedCount = count;
    const all = (1 << words.length) - 1;
    const any = matching === 'any';
    const found = new Int32Array(count);
    let n = 0;
    for (let i = 0; i < count; i += 1) {
      const o = touched[i]!;
      if (alive[o] === 1 && (any || mask[o] === all)) found[n++] = o;
    }
    return { ordinals: found.subarray(0, n), rank, terms };
  }
}
