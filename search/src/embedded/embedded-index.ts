import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  pickFields,
  type IndexDefinition,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SortRule,
  type SuggestQuery,
} from '../engine';
import { DEFAULT_SUGGESTIONS, suggestQueries } from '../suggest';
import { chordToKm, kmToChord, unitVector } from '../geo';
import { highlightSegments, normalizeTerm } from './text';
import { Columns } from './columns';
import { MatchedTerms, TextIndex, type TextMatches } from './text-index';
import { topK, topKByNumbers } from './top-k';

function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** What a query's words, filters and radius let through, with what ordering them needs. */
interface Matching {
  /** Ordinals of the matching documents. */
  kept: Int32Array;
  /** Text rank per ordinal (higher is better), when the query has words. */
  rank: Int32Array | null;
  /** No match ranks higher than this (see TextMatches). */
  highestRank: number;
  /**
   * Squared chord from the query's point per ordinal (see unitVector in geo.ts): it orders by distance
   * as kilometres do, and `chordToKm` turns it into kilometres for the page shown. NaN: no location.
   */
  chord: Float64Array | null;
  terms: MatchedTerms;
}

/** Removed documents leave holes; past this share of holes the text index is rebuilt without them. */
const COMPACT_AT = 0.3;

/**
 * One index of the embedded engine. Documents live in an array under an ordinal; the text index
 * (MiniSearch's term tree with our postings, see text-index.ts) finds them by words with typos,
 * prefixes and synonyms; filters and facets work on columns of the filterable fields (columns.ts),
 * locations on arrays of coordinates; sorting orders only the page asked for (top-k).
 */
export class EmbeddedIndex {
  private docs: Array<SearchDocument | undefined> = [];
  private readonly ordinalOf = new Map<string, number>();
  private text: TextIndex;
  private readonly columns: Columns;
  /** Each location as a unit vector (NaN without one), see unitVector in geo.ts. */
  private x = new Float64Array(1024);
  private y = new Float64Array(1024);
  private z = new Float64Array(1024);
  /** 1 for the ordinals of live documents, 0 for holes (replaced or removed documents). */
  private alive = new Uint8Array(1024);
  /** The live ordinals in order, kept between changes: every search without words starts from them. */
  private live: Int32Array | null = null;
  /** The live ordinals of a search without words, narrowed in place; reused as `distance` is. */
  private scratch = new Int32Array(0);
  /** Per-ordinal chords of the running search; reused, since a search runs start to end at once. */
  private chord = new Float64Array(0);
  private readonly synonyms = new Map<string, string[]>();

  constructor(readonly definition: IndexDefinition) {
    this.text = new TextIndex(definition.searchable.length);
    this.columns = new Columns(definition.filterable);
    for (const [word, alternatives] of Object.entries(definition.synonyms)) {
      for (const term of [word, ...alternatives].map(normalizeTerm)) {
        const group = new Set([...(this.synonyms.get(term) ?? []), word, ...alternatives].map(normalizeTerm));
        group.delete(term);
        this.synonyms.set(term, [...group]);
      }
    }
  }

  get size(): number {
    return this.ordinalOf.size;
  }

  get(id: string): SearchDocument | null {
    const ordinal = this.ordinalOf.get(id);
    return ordinal === undefined ? null : (this.docs[ordinal] ?? null);
  }

  private add(doc: SearchDocument): void {
    const ordinal = this.docs.push(doc) - 1;
    this.live = null;
    this.ordinalOf.set(doc.id, ordinal);
    if (ordinal >= this.x.length) {
      const grow = <A extends Float64Array | Uint8Array>(from: A): A => {
        const to = new (from.constructor as new (n: number) => A)(from.length * 2);
        to.set(from);
        return to;
      };
      this.x = grow(this.x);
      this.y = grow(this.y);
      this.z = grow(this.z);
      this.alive = grow(this.alive);
    }
    this.alive[ordinal] = 1;
    [this.x[ordinal], this.y[ordinal], this.z[ordinal]] = doc._geo ? unitVector(doc._geo) : [NaN, NaN, NaN];
    this.columns.add(ordinal, doc);
    this.text.add(
      ordinal,
      this.definition.searchable.map((field) => fieldText(doc[field])),
    );
  }

  upsert(documents: SearchDocument[]): void {
    for (const doc of documents) {
      // A changed document gets a new ordinal; the old one becomes a hole the search skips.
      const old = this.ordinalOf.get(doc.id);
      if (old !== undefined) this.forget(old);
      this.add(doc);
    }
    this.compactIfSparse();
  }

  remove(ids: string[]): void {
    for (const id of ids) {
      const ordinal = this.ordinalOf.get(id);
      if (ordinal === undefined) continue;
      this.ordinalOf.delete(id);
      this.forget(ordinal);
    }
    this.compactIfSparse();
  }

  /** Makes an ordinal a hole: search skips it, and the filters' counts no longer include it. */
  private forget(ordinal: number): void {
    this.docs[ordinal] = undefined;
    this.alive[ordinal] = 0;
    this.columns.remove(ordinal);
    this.live = null;
  }

  clear(): void {
    this.docs = [];
    this.alive.fill(0);
    this.live = null;
    this.ordinalOf.clear();
    this.text.clear();
    this.columns.clear();
  }

  private compactIfSparse(): void {
    const holes = this.docs.length - this.ordinalOf.size;
    if (holes < 1000 || holes < this.docs.length * COMPACT_AT) return;
    const live = this.docs.filter((doc): doc is SearchDocument => doc !== undefined);
    this.clear();
    for (const doc of live) this.add(doc);
  }

  /** As Meilisearch: only filterable attributes can be filtered on or counted as facets. */
  private assertFilterable(field: string): void {
    if (!this.columns.has(field)) {
      throw new Error(`Attribute "${field}" is not filterable in index ${this.definition.name}`);
    }
  }

  private liveOrdinals(): Int32Array {
    if (!this.live) {
      const live = new Int32Array(this.ordinalOf.size);
      let n = 0;
      for (let o = 0; o < this.docs.length; o += 1) if (this.docs[o]) live[n++] = o;
      this.live = live;
    }
    return this.live;
  }

  /** The documents that match the query's words, filters and radius. */
  private matching(query: SearchQuery): Matching {
    const q = query.q?.trim() ?? '';
    let ordinals: Int32Array;
    let n = 0;
    let found: TextMatches | null = null;
    if (q) {
      found = this.text.search(q, query.matching ?? 'all', this.synonyms, this.alive);
      ordinals = found.ordinals;
      n = ordinals.length;
    } else {
      const live = this.liveOrdinals();
      if (this.scratch.length < live.length) this.scratch = new Int32Array(live.length * 2);
      this.scratch.set(live);
      ordinals = this.scratch.subarray(0, live.length);
      n = ordinals.length;
    }
    const filters = (query.filters ?? []).map((filter) => {
      this.assertFilterable(filter.field);
      return this.columns.compile(filter);
    });
    for (const filter of filters.sort((a, b) => a.passing - b.passing)) {
      if (!filter.passesAll) n = filter.narrow(ordinals, n);
    }
    let chord: Float64Array | null = null;
    if (query.geo) {
      if (this.chord.length < this.docs.length) this.chord = new Float64Array(this.x.length);
      chord = this.chord;
      n = this.measure(query.geo, ordinals, n, chord);
    }
    return {
      kept: ordinals.subarray(0, n),
      rank: found?.rank ?? null,
      highestRank: found?.highestRank ?? Infinity,
      chord,
      terms: found?.terms ?? new MatchedTerms(),
    };
  }

  /**
   * Fills in each document's squared chord from the point; with a radius, keeps only those within it
   * (a document without a location is never within it).
   */
  private measure(
    geo: NonNullable<SearchQuery['geo']>,
    ordinals: Int32Array,
    n: number,
    chord: Float64Array,
  ): number {
    const [px, py, pz] = unitVector(geo);
    const within = geo.radiusKm === undefined ? Infinity : kmToChord(geo.radiusKm);
    const { x, y, z } = this;
    let kept = 0;
    for (let i = 0; i < n; i += 1) {
      const o = ordinals[i]!;
      const dx = x[o]! - px;
      const dy = y[o]! - py;
      const dz = z[o]! - pz;
      const c = dx * dx + dy * dy + dz * dz;
      // NaN (no location) fails this test, so it stays only when there is no radius.
      if (!(c <= within) && within !== Infinity) continue;
      chord[o] = c;
      ordinals[kept++] = o;
    }
    return kept;
  }

  /**
   * Orders two matching documents as Meilisearch's default ranking rules do: relevance to the words
   * first, then the sort rules, which thus break ties between equally relevant documents (and order
   * everything when there are no words); equal ones keep their order.
   */
  private comparer(rules: SortRule[], { rank, chord }: Matching): (a: number, b: number) => number {
    const valueOf = (o: number, field: string): unknown => {
      if (field !== '_geo') return this.docs[o]![field];
      const d = chord?.[o];
      return d === undefined || Number.isNaN(d) ? undefined : d;
    };
    return (a, b) => {
      if (rank && rank[a] !== rank[b]) return rank[b]! - rank[a]!;
      for (const rule of rules) {
        const av = valueOf(a, rule.field);
        const bv = valueOf(b, rule.field);
        if (av === bv) continue;
        // Missing values sort last, whatever the direction (as in Meilisearch).
        if (av === undefined || av === null) return 1;
        if (bv === undefined || bv === null) return -1;
        const order = (av as number | string) < (bv as number | string) ? -1 : 1;
        return rule.direction === 'asc' ? order : -order;
      }
      return 0;
    };
  }

  /** "Did you mean" (suggest.ts), from the words of the documents the query's filters and radius let through. */
  suggest(query: SuggestQuery): Promise<string[]> {
    const { filters, geo } = query;
    const visible = new Uint8Array(this.docs.length);
    for (const o of this.matching({ filters, geo }).kept) visible[o] = 1;
    return suggestQueries(
      query.q,
      {
        alternatives: async (word, isLast) => this.text.alternatives(word, isLast, this.synonyms, visible),
        finds: async (q) => this.search({ q, filters, geo, limit: 0 }).total > 0,
      },
      query.limit ?? DEFAULT_SUGGESTIONS,
    );
  }

  search<D extends SearchDocument>(query: SearchQuery): SearchResult<D> {
    const page = Math.max(1, query.page ?? 1);
    const limit = Math.min(MAX_LIMIT, Math.max(0, query.limit ?? DEFAULT_LIMIT));
    const matching = this.matching(query);
    const { kept, chord, terms } = matching;
    const rules = query.sort ?? [];
    const nearestFirst = rules.length === 1 && rules[0]!.field === '_geo' && rules[0]!.direction === 'asc';
    const ordered =
      rules.length && !nearestFirst
        ? topK(kept, page * limit, this.comparer(rules, matching))
        : matching.rank || nearestFirst
          ? topKByNumbers(
              kept,
              page * limit,
              matching.rank,
              nearestFirst ? chord : null,
              matching.highestRank,
            )
          : kept;
    const fields = query.facets ?? [];
    for (const field of fields) this.assertFilterable(field);
    const facets = this.columns.countFacets(fields, kept);
    const pageHits = Array.from(ordered.slice((page - 1) * limit, page * limit));
    const highlighted = query.highlight ?? [];
    return {
      hits: pageHits.map((o): SearchHit<D> => {
        const doc = this.docs[o]!;
        const highlights = highlighted.length
          ? Object.fromEntries(
              highlighted.map((field) => [field, highlightSegments(fieldText(doc[field]), terms)]),
            )
          : {};
        const c = chord?.[o];
        return {
          document: pickFields(doc as D, query.fields),
          highlights,
          ...(c !== undefined && !Number.isNaN(c) ? { distanceKm: chordToKm(c) } : {}),
        };
      }),
      total: kept.length,
      page,
      limit,
      facets,
    };
  }
}
