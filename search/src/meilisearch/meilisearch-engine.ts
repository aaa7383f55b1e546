import { Meilisearch, type Task } from 'meilisearch';
import {
  DEFAULT_LIMIT,
  MAX_LIMIT,
  pickFields,
  type IndexDefinition,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  type SuggestQuery,
} from '../engine';
import { distanceKm } from '../geo';
import { DEFAULT_SUGGESTIONS, suggestQueries } from '../suggest';
import { meiliErrorCode, meiliHttp, type MeiliHttp } from './meili-http';
import { scopedApiKey } from './meili-keys';
import { meiliSuggestionSource } from './meili-suggest';
import { POST_TAG, PRE_TAG, expandSynonyms, toMeiliFilters, toMeiliSort, toSegments } from './meili-query';

function assertSucceeded(task: Task): void {
  if (task.status !== 'succeeded') {
    throw new Error(
      `Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`,
    );
  }
}

export interface MeilisearchCredentials {
  /** A key to use as it is (e.g. one an operator made for the API). */
  apiKey?: string;
  /** Without apiKey: the master key, from which a key scoped to `indexes` is made at start (meili-keys.ts). */
  masterKey?: string;
  /** The indexes the scoped key may reach (each with every version). */
  indexes?: string[];
}

/** Meilisearch (production): settings from the index definition; every write waits until the engine applied it. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  /** The client with the key the engine works with: the scoped key once it is made. */
  client: Meilisearch;
  private readonly http: MeiliHttp;
  private readonly definitions = new Map<string, IndexDefinition>();
  /** The master key's client and the indexes to scope a key to, until the scoped key is in use. */
  private scope: { admin: Meilisearch; indexes: string[] } | undefined;
  private scoping: Promise<void> | undefined;

  constructor(
    private readonly host: string,
    credentials: MeilisearchCredentials | string = {},
  ) {
    const {
      apiKey,
      masterKey,
      indexes = [],
    } = typeof credentials === 'string' ? { apiKey: credentials } : credentials;
    this.http = meiliHttp(host);
    this.client = this.connect(apiKey ?? masterKey);
    if (!apiKey && masterKey) this.scope = { admin: this.client, indexes };
  }

  private connect(apiKey: string | undefined): Meilisearch {
    return new Meilisearch({
      host: this.host,
      apiKey,
      httpClient: this.http.request,
      // Indexing a large batch, or any task on a busy server, can take longer than the client's default
      // 5 s; a slow task is not a failed one, so wait up to two minutes before giving up.
      defaultWaitOptions: { timeout: 120_000, interval: 100 },
    });
  }

  /** Puts the scoped key in use when it still has to be made; after a failure the next call tries again. */
  private ready(): Promise<void> {
    const scope = this.scope;
    if (!scope) return Promise.resolve();
    const scoping =
      this.scoping ??
      scopedApiKey(scope.admin, scope.indexes).then(
        (key) => {
          this.client = this.connect(key);
          this.scope = undefined;
        },
        (err: unknown) => {
          this.scoping = undefined;
          throw err;
        },
      );
    this.scoping = scoping;
    return scoping;
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  /** The Meilisearch index that holds an index's current document version (see IndexDefinition.version). */
  uid(index: string): string {
    return `${index}_v${this.definition(index).version}`;
  }

  private definition(index: string): IndexDefinition {
    const definition = this.definitions.get(index);
    if (!definition) throw new Error(`Search index ${index} is not set up; call ensureIndex first`);
    return definition;
  }

  async ensureIndex(definition: IndexDefinition): Promise<void> {
    await this.ready();
    this.definitions.set(definition.name, definition);
    const uid = this.uid(definition.name);
    const created = await this.client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists')
      assertSucceeded(created);
    const settings = await this.client
      .index(uid)
      .updateSettings({
        searchableAttributes: definition.searchable,
        filterableAttributes: [...definition.filterable, '_geo'],
        sortableAttributes: [...definition.sortable, '_geo'],
        synonyms: expandSynonyms(definition.synonyms),
        typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
        pagination: { maxTotalHits: 200_000 },
        faceting: { maxValuesPerFacet: 500 },
      })
      .waitTask();
    assertSucceeded(settings);
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    if (!documents.length) return;
    assertSucceeded(await this.client.index(this.uid(index)).addDocuments(documents).waitTask());
  }

  async remove(index: string, ids: string[]): Promise<void> {
    if (!ids.length) return;
    assertSucceeded(await this.client.index(this.uid(index)).deleteDocuments(ids).waitTask());
  }

  async clear(index: string): Promise<void> {
    assertSucceeded(await this.client.index(this.uid(index)).deleteAllDocuments().waitTask());
  }

  async count(index: string): Promise<number> {
    return (await this.client.index(this.uid(index)).getStats()).numberOfDocuments;
  }

  async get<D extends SearchDocument = SearchDocument>(index: string, id: string): Promise<D | null> {
    try {
      return (await this.client.index(this.uid(index)).getDocument(id)) as D;
    } catch (error) {
      if (meiliErrorCode(error) === 'document_not_found') return null;
      throw error;
    }
  }

  async search<D extends SearchDocument = SearchDocument>(
    index: string,
    query: SearchQuery,
  ): Promise<SearchResult<D>> {
    const page = Math.max(1, query.page ?? 1);
    const limit = Math.min(MAX_LIMIT, Math.max(0, query.limit ?? DEFAULT_LIMIT));
    const response = await this.client.index(this.uid(index)).search<D>(query.q?.trim() ?? '', {
      filter: toMeiliFilters(query),
      sort: toMeiliSort(query),
      facets: query.facets,
      page,
      hitsPerPage: limit,
      matchingStrategy: query.matching === 'any' ? 'last' : 'all',
      attributesToHighlight: query.highlight,
      // The distance needs the point even when the fields asked leave it out.
      attributesToRetrieve: query.fields && ['id', ...query.fields, ...(query.geo ? ['_geo'] : [])],
      highlightPreTag: PRE_TAG,
      highlightPostTag: POST_TAG,
    });
    return {
      hits: response.hits.map((hit) => {
        const { _formatted, ...rest } = hit as unknown as Record<string, unknown> & {
          _formatted?: Record<string, unknown>;
        };
        const document = Object.fromEntries(
          Object.entries(rest).filter(([key]) => !key.startsWith('_') || key === '_geo'),
        );
        const highlights = Object.fromEntries(
          (query.highlight ?? []).map((field) => {
            const value = _formatted?.[field];
            const text = Array.isArray(value)
              ? value.map(String).join(', ')
              : value === undefined || value === null
                ? ''
                : String(value);
            return [field, toSegments(text)];
          }),
        );
        const geoPoint = (document as unknown as SearchDocument)._geo;
        return {
          document: pickFields(document as unknown as D, query.fields),
          highlights,
          ...(query.geo && geoPoint ? { distanceKm: distanceKm(query.geo, geoPoint) } : {}),
        };
      }),
      // With page/hitsPerPage, Meilisearch counts every hit exhaustively.
      total: (response as unknown as { totalHits?: number }).totalHits ?? 0,
      page,
      limit,
      facets: (response.facetDistribution as Record<string, Record<string, number>> | undefined) ?? {},
    };
  }

  /**
   * Deletes the indexes of older document versions (`places_v1` once `places_v2` is live): what an
   * erasure removed from the live index must not stay in an old one. A replica of the previous
   * release still searching an old version fails until it is replaced.
   */
  async retireOlderVersions(index: string): Promise<string[]> {
    const current = this.definition(index).version;
    const { results } = await this.client.getIndexes({ limit: 1000 });
    const older = results
      .map((i) => i.uid)
      .filter((uid) => {
        const version = uid.startsWith(`${index}_v`) ? Number(uid.slice(index.length + 2)) : NaN;
        return Number.isInteger(version) && version < current;
      });
    for (const uid of older) assertSucceeded(await this.client.deleteIndex(uid).waitTask());
    return older;
  }

  async suggest(index: string, query: SuggestQuery): Promise<string[]> {
    const source = meiliSuggestionSource(
      this.client,
      this.uid(index),
      query,
      this.definition(index).searchable,
    );
    return suggestQueries(query.q, source, query.limit ?? DEFAULT_SUGGESTIONS);
  }

  async close(): Promise<void> {
    this.http.close();
  }
}
