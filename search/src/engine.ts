/** A point on earth; documents that can be found by distance carry one as `_geo`. */
export interface GeoPoint {
  lat: number;
  lng: number;
}

export type Scalar = string | number | boolean;

/** A document in an index: `id` is the primary key; arrays hold multi-valued fields (an `eq` filter matches any element). */
export interface SearchDocument {
  id: string;
  _geo?: GeoPoint;
  [field: string]: unknown;
}

/** What an index holds and how it may be queried; the same definition configures every engine. */
export interface IndexDefinition {
  name: string;
  /**
   * The shape of the documents; raised whenever the API's mapping changes what a document holds. A
   * persistent engine keeps each version in an index of its own, which starts empty and is rebuilt.
   */
  version: number;
  /** Full-text fields, most important first. */
  searchable: string[];
  filterable: string[];
  sortable: string[];
  /** Words that mean the same in job searches (each key expands to its list, both ways). */
  synonyms: Record<string, string[]>;
}

/** Structured filters, ANDed; each engine translates them (Meilisearch filter strings, or evaluation in memory). */
export type Filter =
  | { field: string; op: 'eq'; value: Scalar }
  | { field: string; op: 'in' | 'not_in'; values: Scalar[] }
  | { field: string; op: 'gte' | 'lte' | 'gt' | 'lt'; value: number };

export interface SortRule {
  /** A sortable field, or `_geo` for distance from `geo` in the query. */
  field: string;
  direction: 'asc' | 'desc';
}

export interface SearchQuery {
  q?: string;
  /** `all`: every word must match (search as you type); `any`: documents matching more words rank higher. */
  matching?: 'all' | 'any';
  filters?: Filter[];
  geo?: GeoPoint & { radiusKm?: number };
  sort?: SortRule[];
  facets?: string[];
  /** Fields whose matched words come back marked. */
  highlight?: string[];
  /** The fields each hit's document carries (its `id` always); every field when left out. */
  fields?: string[];
  page?: number;
  limit?: number;
}

/** A search that found nothing, for "did you mean": its words, under the same filters and radius. */
export interface SuggestQuery {
  q: string;
  filters?: Filter[];
  geo?: GeoPoint & { radiusKm?: number };
  /** At most this many suggestions (default 3). */
  limit?: number;
}

/** A piece of a highlighted field: render matches with <mark>, without ever trusting text as HTML. */
export interface HighlightSegment {
  text: string;
  match: boolean;
}

export interface SearchHit<D extends SearchDocument = SearchDocument> {
  document: D;
  /** Kilometres from the query's geo point, when given. */
  distanceKm?: number;
  highlights: Record<string, HighlightSegment[]>;
}

export interface SearchResult<D extends SearchDocument = SearchDocument> {
  hits: SearchHit<D>[];
  total: number;
  page: number;
  limit: number;
  facets: Record<string, Record<string, number>>;
}

/** What the API needs from a search engine; implemented by Meilisearch and by the embedded MiniSearch engine. */
export interface SearchEngine {
  readonly name: 'meilisearch' | 'embedded';
  /** True when the engine answers; used by the API's readiness check. */
  isHealthy(): Promise<boolean>;
  /** Creates the index if needed and applies its settings (idempotent). */
  ensureIndex(definition: IndexDefinition): Promise<void>;
  /** Adds or replaces documents; resolves once the engine has applied them. */
  upsert(index: string, documents: SearchDocument[]): Promise<void>;
  /** Removes documents by id; resolves once applied (unknown ids are fine). */
  remove(index: string, ids: string[]): Promise<void>;
  /** Removes every document of the index (for a full rebuild). */
  clear(index: string): Promise<void>;
  count(index: string): Promise<number>;
  /** One document by id, as indexed; null when the index does not hold it. */
  get<D extends SearchDocument = SearchDocument>(index: string, id: string): Promise<D | null>;
  search<D extends SearchDocument = SearchDocument>(
    index: string,
    query: SearchQuery,
  ): Promise<SearchResult<D>>;
  /**
   * Deletes what older document versions of the index left behind (a persistent engine keeps each
   * version apart, see IndexDefinition.version); call once the current version is live. Answers what
   * was deleted.
   */
  retireOlderVersions(index: string): Promise<string[]>;
  /**
   * "Did you mean": the query with each word that finds nothing replaced by a close word of the index
   * (see suggest.ts), best first; only words of documents these filters let through, and only
   * corrected queries that find documents. Empty when there is nothing to correct.
   */
  suggest(index: string, query: SuggestQuery): Promise<string[]>;
  close(): Promise<void>;
}

export interface SearchEngineOptions {
  meiliUrl?: string;
  /** The API's Meilisearch key, used as it is. */
  meiliKey?: string;
  /** Without meiliKey: a key scoped to the platform's indexes is made from this master key at start. */
  meiliMasterKey?: string;
  /**
   * The embedded engine keeps a copy of its indexes in a search thread (the default); false keeps one
   * copy in the API's thread: less memory (a second copy of the indexes), for one-core or small hosts.
   */
  searchThread?: boolean;
  /** The embedded engine's search thread died; its searches go on in the API's thread. */
  onSearchThreadFailure?: (err: Error) => void;
}

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 1000;

/** The document with only `fields` (and its id), for a query that names its fields. */
export function pickFields<D extends SearchDocument>(document: D, fields: string[] | undefined): D {
  if (!fields) return document;
  const picked: SearchDocument = { id: document.id };
  for (const field of fields) if (field in document) picked[field] = document[field];
  return picked as D;
}
