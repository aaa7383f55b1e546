import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  type IndexDefinition,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
  type SortRule,
} from '../engine';
import { distanceKm } from '../geo';
import { compileFilters, countFacets } from './filters';
import { highlightSegments, normalizeTerm } from './text';
import { FacetColumns } from './facet-columns';
import { TextIndex } from './text-index';
import { topK } from './top-k';

interface Candidate {
  ordinal: number;
  doc: SearchDocument;
  score: number;
  distanceKm?: number;
}

function fieldText(value: unknown): string {
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === undefined || value === null ? '' : String(value);
}

function compare(a: Candidate, b: Candidate, rules: SortRule[]): number {
  for (const rule of rules) {
    const av = rule.field === '_geo' ? a.distanceKm : a.doc[rule.field];
    const bv = rule.field === '_geo' ? b.distanceKm : b.doc[rule.field];
    if (av === bv) continue;
    // Missing values sort last, whatever the direction (as in Meilisearch).
    if (av === undefined || av === null) return 1;
    if (bv === undefined || bv === null) return -1;
    const order = (av as number | string) < (bv as number | string) ? -1 : 1;
    return rule.direction === 'asc' ? order : -order;
  }
  return b.score - a.score;
}

/** Removed documents leave holes; past this share of holes the text index is rebuilt without them. */
const COMPACT_AT = 0.3;

/**
 * One index of the embedded engine. Documents live in an array under an ordinal; the text index
 * (MiniSearch's term tree with our postings, see text-index.ts) finds them by words with typos,
 * prefixes and synonyms; filters, geo radius, facets, sorting and paging are applied here.
 */
export class EmbeddedIndex {
  private docs: Array<SearchDocument | undefined> = [];
  private readonly ordinalOf = new Map<string, number>();
  private text: TextIndex;
  private readonly facetColumns: FacetColumns;
  private readonly synonyms = new Map<string, string[]>();

  constructor(readonly definition: IndexDefinition) {
    this.text = new TextIndex(definition.searchable.length);
    this.facetColumns = new FacetColumns(definition.filterable);
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
    this.ordinalOf.set(doc.id, ordinal);
    this.facetColumns.add(ordinal, doc);
    this.text.add(
      ordinal,
      this.definition.searchable.map((field) => fieldText(doc[field])),
    );
  }

  upsert(documents: SearchDocument[]): void {
    for (const doc of documents) {
      // A changed document gets a new ordinal; the old one becomes a hole the search skips.
      const old = this.ordinalOf.get(doc.id);
      if (old !== undefined) this.docs[old] = undefined;
      this.add(doc);
    }
    this.compactIfSparse();
  }

  remove(ids: string[]): void {
    for (const id of ids) {
      const ordinal = this.ordinalOf.get(id);
      if (ordinal === undefined) continue;
      this.ordinalOf.delete(id);
      this.docs[ordinal] = undefined;
    }
    this.compactIfSparse();
  }

  clear(): void {
    this.docs = [];
    this.ordinalOf.clear();
    this.text.clear();
    this.facetColumns.clear();
  }

  private compactIfSparse(): void {
    const holes = this.docs.length - this.ordinalOf.size;
    if (holes < 1000 || holes < this.docs.length * COMPACT_AT) return;
    const live = this.docs.filter((doc): doc is SearchDocument => doc !== undefined);
    this.clear();
    for (const doc of live) this.add(doc);
  }

  /** The documents that match the query's words, filters and radius, with their rank and distance. */
  private matching(query: SearchQuery): { kept: Candidate[]; terms: Set<string> } {
    const passes = compileFilters(query.filters ?? []);
    const geo = query.geo;
    const kept: Candidate[] = [];
    // Objects are made only for documents that pass: a filtered search may look at every document.
    const consider = (ordinal: number, doc: SearchDocument, score: number) => {
      if (!passes(doc)) return;
      let distance: number | undefined;
      if (geo) {
        if (doc._geo) distance = distanceKm(geo, doc._geo);
        if (geo.radiusKm !== undefined && (distance === undefined || distance > geo.radiusKm)) return;
      }
      kept.push({ ordinal, doc, score, distanceKm: distance });
    };
    const q = query.q?.trim() ?? '';
    if (!q) {
      this.docs.forEach((doc, ordinal) => {
        if (doc) consider(ordinal, doc, 0);
      });
      return { kept, terms: new Set() };
    }
    const found = this.text.search(
      q,
      query.matching ?? 'all',
      this.synonyms,
      this.docs.length,
      (o) => this.docs[o] !== undefined,
    );
    for (const o of found.ordinals) consider(o, this.docs[o]!, found.rank[o]!);
    return { kept, terms: found.terms };
  }

  private facets(kept: Candidate[], fields: string[]): Record<string, Record<string, number>> {
    if (!fields.length) return {};
    const ordinals = kept.map((c) => c.ordinal);
    // Filterable fields are encoded as columns; any other field is counted from the documents.
    const other = fields.filter((f) => !this.facetColumns.has(f));
    const counted = other.length
      ? countFacets(
          kept.map((c) => c.doc),
          other,
        )
      : {};
    return Object.fromEntries(
      fields.map((f) => [f, this.facetColumns.has(f) ? this.facetColumns.count(f, ordinals) : counted[f]!]),
    );
  }

  search<D extends SearchDocument>(query: SearchQuery): SearchResult<D> {
    const page = Math.max(1, query.page ?? 1);
    const limit = Math.min(MAX_LIMIT, Math.max(0, query.limit ?? DEFAULT_LIMIT));
    const { kept, terms } = this.matching(query);
    const rules = query.sort ?? [];
    const ordered =
      rules.length || query.q?.trim() ? topK(kept, page * limit, (a, b) => compare(a, b, rules)) : kept;

    const facets = query.facets?.length
      ? countFacets(
          kept.map((c) => c.doc),
          query.facets,
        )
      : {};
    const pageHits = ordered.slice((page - 1) * limit, page * limit);
    return {
      hits: pageHits.map((c): SearchHit<D> => {
        const highlights = Object.fromEntries(
          (query.highlight ?? []).map((field) => [field, highlightSegments(fieldText(c.doc[field]), terms)]),
        );
        return {
          document: c.doc as D,
          highlights,
          ...(c.distanceKm !== undefined ? { distanceKm: c.distanceKm } : {}),
        };
      }),
      total: kept.length,
      page,
      limit,
      facets,
    };
  }
}
