import SearchableMap from 'minisearch/SearchableMap';
import type { Alternative } from '../suggest';
import { suggestionBudget, typoBudget } from '../typos';
import { normalizeTerm, tokenize } from './text';
import { typoTerms, type RadixTree } from './typo-terms';

/** What a query found: per touched document, how many query words it matched and how well. */
export interface TextMatches {
  /**
   * Documents (ordinals) that matched the query as asked (every word, or any word), in order found.
   * A view of a buffer the next search reuses (as `rank`): the caller may narrow it in place.
   */
  ordinals: Int32Array;
  /** Rank value per ordinal (higher is better): matched words first, then match quality and field. */
  rank: Int32Array;
  /** No hit ranks higher than this (the highest rank given), so ordering can stop once it is reached. */
  highestRank: number;
  /** Whether a (normalised) word counted as a match, for highlighting. */
  terms: MatchedTerms;
}

/** The vocabulary terms that matched, and the short prefixes whose every term matched. */
export class MatchedTerms {
  readonly terms = new Set<string>();
  readonly prefixes: string[] = [];

  has(term: string): boolean {
    return this.terms.has(term) || this.prefixes.some((p) => term.startsWith(p));
  }
}

/**
 * Prefixes up to this length keep their own postings (every document with a word starting with them,
 * at its most important field), as Meilisearch keeps word_prefix_docids: a one-letter word stands for
 * many terms and most documents' postings, and their merged list is much shorter.
 */
const PREFIX_POSTINGS_MAX = 2;

/** Exact words and synonyms rank above prefixes, prefixes above words with one typo, then two. */
const QUALITY = { exact: 4, prefix: 3, typo1: 2, typo2: 1 } as const;

/** The documents containing a term (or a term under a prefix), each with its most important field. */
interface Postings {
  ordinals: number[];
  fields: number[];
}

/** Adds a document to postings; fields come in order, so a document already there had a better one. */
function post(list: Postings, ordinal: number, field: number): void {
  if (list.ordinals[list.ordinals.length - 1] === ordinal) return;
  list.ordinals.push(ordinal);
  list.fields.push(field);
}
const MAX_WORDS = 10;

/**
 * The embedded engine's full-text index. MiniSearch's radix tree (`SearchableMap`) finds the
 * vocabulary terms a word stands for (exact, prefix, within the typo budget); the postings and the
 * ranking are ours. Written by hand because MiniSearch's own search scores every posting with BM25
 * and builds a result object per document: a common skill such as "schoonmaken" at a
 * large region was far too slow for search as you type. The ranking follows
 * Meilisearch's rules rather than BM25: matched words, then typos and prefixes, then the field.
 */
export class TextIndex {
  private readonly vocabulary = new SearchableMap<number>();
  private readonly tree = this.vocabulary._tree as unknown as RadixTree<number>;
  /** Per term id: the documents containing it and, per document, the most important field it is in. */
  private readonly postings: Array<Postings> = [];
  private readonly prefixPostings = new Map<string, Postings>();

  /** Per ordinal: which query words matched (bits) and the rank; reused by every search (see search). */
  private mask = new Uint16Array(0);
  /** Integers (at most ~1,050 per word): half the memory of doubles, and the loops touch it at random. */
  private rank = new Int32Array(0);
  /** The highest rank the last search gave. */
  private highestRank = 0;
  /** Whether the previous search wrote `mask` (searches of one word do without it). */
  private maskWritten = false;
  private touched = new Int32Array(0);
  private touchedCount = 0;
  private found = new Int32Array(0);

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
        post(this.postings[id]!, ordinal, field);
        for (let length = 1; length <= Math.min(PREFIX_POSTINGS_MAX, term.length); length += 1) {
          const prefix = term.slice(0, length);
          let list = this.prefixPostings.get(prefix);
          if (!list) this.prefixPostings.set(prefix, (list = { ordinals: [], fields: [] }));
          post(list, ordinal, field);
        }
      }
    });
  }

  clear(): void {
    this.vocabulary.clear();
    this.postings.length = 0;
    this.prefixPostings.clear();
  }

  /**
   * The postings a query word stands for, best first, with the quality of each: exact words and
   * synonyms, then (for the last word, still being typed) the words it begins, then words within the
   * typo budget, counted as Meilisearch counts typos (see typoTerms; the last word's typos may be
   * in a beginning). A short prefix brings its merged postings instead of each of its words'.
   */
  private expand(
    word: string,
    isLast: boolean,
    synonyms: Map<string, string[]>,
    matched: MatchedTerms,
  ): Array<[Postings, number]> {
    const found = new Map<string, number>();
    const offer = (term: string, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    for (const term of [word, ...(synonyms.get(word) ?? [])]) {
      if (this.vocabulary.has(term)) offer(term, QUALITY.exact);
    }
    let prefixList: Postings | undefined;
    if (isLast && word.length <= PREFIX_POSTINGS_MAX) {
      prefixList = this.prefixPostings.get(word);
      if (prefixList) matched.prefixes.push(word);
    } else if (isLast) {
      for (const [term] of this.vocabulary.atPrefix(word)) offer(term, QUALITY.prefix);
    }
    for (const { term, typos } of typoTerms(this.tree, word, typoBudget(word), isLast)) {
      offer(term, typos === 1 ? QUALITY.typo1 : QUALITY.typo2);
    }
    const lists = [...found]
      .sort((a, b) => b[1] - a[1])
      .map(([term, quality]): [Postings, number] => {
        matched.terms.add(term);
        return [this.postings[this.vocabulary.get(term)!]!, quality];
      });
    // After the exact words (quality 4) and before typos (2 and 1), as the prefix quality says.
    if (prefixList)
      lists.splice(lists.filter(([, q]) => q > QUALITY.prefix).length, 0, [prefixList, QUALITY.prefix]);
    return lists;
  }

  /**
   * For "did you mean" (suggest.ts): 'found' when the word finds one of the `visible` ordinals as
   * search reads it; otherwise the terms within the suggestion budget that some visible ordinal holds,
   * so a suggestion never shows a word of documents the searcher may not see.
   */
  alternatives(
    word: string,
    isLast: boolean,
    synonyms: Map<string, string[]>,
    visible: Uint8Array,
  ): 'found' | Alternative[] {
    const holdsVisible = ({ ordinals }: Postings) => ordinals.some((o) => visible[o] === 1);
    if (this.expand(word, isLast, synonyms, new MatchedTerms()).some(([list]) => holdsVisible(list)))
      return 'found';
    const found: Alternative[] = [];
    for (const { term, value, typos } of typoTerms(this.tree, word, suggestionBudget(word), isLast)) {
      let documents = 0;
      for (const o of this.postings[value]!.ordinals) documents += visible[o] === 1 ? 1 : 0;
      if (documents) found.push({ term, typos, documents });
    }
    return found;
  }

  /**
   * Finds the documents matching `q` among the `alive` ordinals (removed documents stay in postings).
   * The loops work on typed arrays kept between searches: a one-letter word touches nearly every
   * document's postings, and a JS array of touched documents plus a closure per document for the
   * final check were most of such a search's time.
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
      this.rank = new Int32Array(alive.length * 2);
      this.touched = new Int32Array(alive.length * 2);
      this.found = new Int32Array(alive.length * 2);
    } else {
      for (let i = 0; i < this.touchedCount; i += 1) this.rank[this.touched[i]!] = 0;
      if (this.maskWritten) for (let i = 0; i < this.touchedCount; i += 1) this.mask[this.touched[i]!] = 0;
    }
    const terms = new MatchedTerms();
    const lists = words.map((word, i) => this.expand(word, i === words.length - 1, synonyms, terms));
    const oneWord = words.length === 1;
    const count = oneWord ? this.touchOne(lists[0]!, alive) : this.touchEach(lists);
    this.touchedCount = count;
    this.maskWritten = !oneWord;
    const { found, touched, mask } = this;
    if (oneWord) {
      // A copy: the caller narrows the hits in place, and `touched` must stay whole for the reset.
      found.set(touched.subarray(0, count));
      return { ordinals: found.subarray(0, count), rank: this.rank, highestRank: this.highestRank, terms };
    }
    const all = (1 << words.length) - 1;
    const any = matching === 'any';
    let n = 0;
    for (let i = 0; i < count; i += 1) {
      const o = touched[i]!;
      if (alive[o] === 1 && (any || mask[o] === all)) found[n++] = o;
    }
    return { ordinals: found.subarray(0, n), rank: this.rank, highestRank: this.highestRank, terms };
  }

  /**
   * One word (most searches as you type): a document's rank is 0 until a list touches it, so the rank
   * tells whether it was seen, without the word mask, and removed documents are passed over at once:
   * the touched documents are the hits (two passes and two random accesses per posting fewer).
   */
  private touchOne(lists: Array<[Postings, number]>, alive: Uint8Array): number {
    const { rank, touched } = this;
    let count = 0;
    let highest = 0;
    for (const [{ ordinals, fields }, quality] of lists) {
      const score = 1000 + quality * 10 + this.fieldCount;
      for (let k = 0; k < ordinals.length; k += 1) {
        const o = ordinals[k]!;
        if (rank[o] !== 0 || alive[o] !== 1) continue;
        touched[count++] = o;
        // Better terms come first, so the first hit is the best; the field breaks ties.
        const r = score - fields[k]!;
        rank[o] = r;
        if (r > highest) highest = r;
      }
    }
    this.highestRank = highest;
    return count;
  }

  /** Several words: a bit per word records which ones each document matched. */
  private touchEach(listsPerWord: Array<Array<[Postings, number]>>): number {
    const { mask, rank, touched } = this;
    let count = 0;
    let highest = 0;
    listsPerWord.forEach((lists, i) => {
      const bit = 1 << i;
      for (const [{ ordinals, fields }, quality] of lists) {
        const score = 1000 + quality * 10 + this.fieldCount;
        for (let k = 0; k < ordinals.length; k += 1) {
          const o = ordinals[k]!;
          const seen = mask[o]!;
          if (seen & bit) continue;
          if (seen === 0) touched[count++] = o;
          mask[o] = seen | bit;
          // Better terms come first, so the first hit per word is its best; the field breaks ties.
          const r = rank[o]! + score - fields[k]!;
          rank[o] = r;
          if (r > highest) highest = r;
        }
      }
    });
    this.highestRank = highest;
    return count;
  }
}
