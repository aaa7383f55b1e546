import type {
  IndexDefinition,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
  SuggestQuery,
} from '../engine';
import { EmbeddedIndex } from './embedded-index';

/** In-process engine used when no MEILI_URL is set; rebuilt from MongoDB at start, it lives and dies with the API. */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private readonly indexes = new Map<string, EmbeddedIndex>();

  private index(name: string): EmbeddedIndex {
    const index = this.indexes.get(name);
    if (!index) throw new Error(`Search index ${name} does not exist; call ensureIndex first`);
    return index;
  }

  async isHealthy(): Promise<boolean> {
    return true;
  }

  async ensureIndex(definition: IndexDefinition): Promise<void> {
    if (!this.indexes.has(definition.name)) this.indexes.set(definition.name, new EmbeddedIndex(definition));
  }

  async upsert(index: string, documents: SearchDocument[]): Promise<void> {
    this.index(index).upsert(documents);
  }

  async remove(index: string, ids: string[]): Promise<void> {
    this.index(index).remove(ids);
  }

  async clear(index: string): Promise<void> {
    this.index(index).clear();
  }

  async count(index: string): Promise<number> {
    return this.index(index).size;
  }

  async get<D extends SearchDocument = SearchDocument>(index: string, id: string): Promise<D | null> {
    return this.index(index).get(id) as D | null;
  }

  async search<D extends SearchDocument = SearchDocument>(
    index: string,
    query: SearchQuery,
  ): Promise<SearchResult<D>> {
    return this.index(index).search<D>(query);
  }

  /** Indexes in memory have no older versions: they are built anew at every start. */
  async retireOlderVersions(index: string): Promise<string[]> {
    this.index(index);
    return [];
  }

  async suggest(index: string, query: SuggestQuery): Promise<string[]> {
    return this.index(index).suggest(query);
  }

  async close(): Promise<void> {
    this.indexes.clear();
  }
}
