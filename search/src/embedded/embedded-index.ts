import MiniSearch, { type Query, type SearchResult as MiniResult } from 'minisearch';
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
import { countFacets, matchesAll } from './filters';
import { topK } from './top-k';
import { highlightSegments, normalizeTerm, tokenize, typoBudget } from './text';

interface Candidate {
  doc: SearchDocument;
  score: number;
  terms?: string[];
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

/**
 * One index of the embedded engine: MiniSearch finds documents by text (typos, prefixes, synonyms);
 * filters, geo radius, facets, sorting and paging are applied here over its hits, since MiniSearch has none.
 */
export class EmbeddedIndex {
  private readonly docs = new Map<string, SearchDocument>();
  private readonly mini: MiniSearch<SearchDocument>;
  private readonly synonyms = new Map<string, string[]>();

  constructor(readonly definition: IndexDefinition) {
    this.mini = new MiniSearch<SearchDocument>({
      fields: definition.searchable,
      idField: 'id',
      extractField: (doc, field) => fieldText(doc[field]),
      processTerm: (term) => normalizeTerm(term),
    });
    for (const [word, alternatives] of Object.entries(definition.synonyms)) {
      for (const term of [word, ...alternatives].map(normalizeTerm)) {
        const group = new Set([...(this.synonyms.get(term) ?? []), word, ...alternatives].map(normalizeTerm));
        group.delete(term);
        this.synonyms.set(term, [...group]);
      }
    }
  }

  get size(): number {
    return this.docs.size;
  }

  upsert(documents: SearchDocument[]): void {
    for (const doc of documents) {
      if (this.docs.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
      this.docs.set(doc.id, doc);
    }
  }

  remove(ids: string[]): void {
    for (const id of ids) {
      if (!this.docs.delete(id)) continue;
      this.mini.discard(id);
    }
  }

  clear(): void {
    this.docs.clear();
    this.mini.removeAll();
  }

  private textQuery(q: string, matching: 'all' | 'any'): Query {
    const terms = tokenize(q).map(normalizeTerm).filter(Boolean);
    const queries: Query[] = terms.map((term) => {
      const alternatives = this.synonyms.get(term);
      return alternatives ? { combineWith: 'OR', queries: [term, ...alternatives] } : term;
    });
    return { combineWith: matching === 'all' ? 'AND' : 'OR', queries };
  }

  private textHits(q: string, matching: 'all' | 'any'): Candidate[] {
    const fields = this.definition.searchable;
    const boost = Object.fromEntries(fields.map((f, i) => [f, fields.length - i]));
    const results: MiniResult[] = this.mini.search(this.textQuery(q, matching), {
      boost,
      prefix: true,
      fuzzy: (term) => typoBudget(term),
      maxFuzzy: 2,
    });
    const hits: Candidate[] = [];
    for (const r of results) {
      const doc = this.docs.get(String(r.id));
      if (doc) hits.push({ doc, score: r.score, terms: r.terms });
    }
    return hits;
  }

  search<D extends SearchDocument>(query: SearchQuery): SearchResult<D> {
    const page = Math.max(1, query.page ?? 1);
    const limit = Math.min(MAX_LIMIT, Math.max(0, query.limit ?? DEFAULT_LIMIT));
    const q = query.q?.trim() ?? '';
    const candidates: Iterable<Candidate> = q
      ? this.textHits(q, query.matching ?? 'all')
      : (function* (docs) {
          for (const doc of docs.values()) yield { doc, score: 0 };
        })(this.docs);

    const filters = query.filters ?? [];
    const geo = query.geo;
    const kept: Candidate[] = [];
    for (const c of candidates) {
      if (!matchesAll(c.doc, filters)) continue;
      if (geo) {
        if (!c.doc._geo) {
          if (geo.radiusKm !== undefined) continue;
        } else {
          c.distanceKm = distanceKm(geo, c.doc._geo);
          if (geo.radiusKm !== undefined && c.distanceKm > geo.radiusKm) continue;
        }
      }
      kept.push(c);
    }
    const rules = query.sort ?? [];
    const ordered = query.sort?.length || q ? topK(kept, page * limit, (a, b) => compare(a, b, rules)) : kept;

    const facets = query.facets?.length
      ? countFacets(
          (function* () {
            for (const c of kept) yield c.doc;
          })(),
          query.facets,
        )
      : {};
    const pageHits = ordered.slice((page - 1) * limit, page * limit);
    return {
      hits: pageHits.map((c): SearchHit<D> => {
        const matched = new Set(c.terms ?? []);
        const highlights = Object.fromEntries(
          (query.highlight ?? []).map((field) => [
            field,
            highlightSegments(fieldText(c.doc[field]), matched),
          ]),
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
