import { EmbeddedEngine } from '../embedded/embedded-engine';
import {
  DEFAULT_LIMIT,
  type IndexDefinition,
  type SearchDocument,
  type SearchEngine,
  type SearchQuery,
  type SearchResult,
  type SuggestQuery,
} from '../engine';
import { WorkerEngine } from './worker-engine';

/** Searches for at most this many hits go to the worker thread; larger ones stay in this thread. */
export const THREAD_MAX_LIMIT = 100;

/**
 * The embedded engine with a replica of every index in a worker thread. A search for a page of hits
 * (search as you type, place search) runs in the thread, so it no longer shares the API's one
 * JavaScript thread with HTTP, sessions and JSON, and a second core can work. Retrievals of hundreds
 * of documents (proposals) and `get` stay on the copy in this thread, where nothing is copied
 * (copying that many across costs more than the search).
 * Every change is applied to both copies and resolves when both have it. Should the thread die, its
 * searches fall back to this thread's copy. It costs a second copy of the indexes in memory.
 */
export class ThreadedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  readonly local = new EmbeddedEngine();
  readonly thread: WorkerEngine;

  /** `onThreadFailure`: told when the thread has died and its searches fall back to this thread. */
  constructor(onThreadFailure?: (err: Error) => void) {
    this.thread = new WorkerEngine(onThreadFailure);
  }

  private async both(change: (engine: SearchEngine) => Promise<void>): Promise<void> {
    await Promise.all([change(this.local), this.thread.alive ? change(this.thread) : undefined]);
  }

  async isHealthy(): Promise<boolean> {
    return this.local.isHealthy();
  }
  ensureIndex(definition: IndexDefinition): Promise<void> {
    return this.both((engine) => engine.ensureIndex(definition));
  }
  upsert(index: string, documents: SearchDocument[]): Promise<void> {
    return this.both((engine) => engine.upsert(index, documents));
  }
  remove(index: string, ids: string[]): Promise<void> {
    return this.both((engine) => engine.remove(index, ids));
  }
  clear(index: string): Promise<void> {
    return this.both((engine) => engine.clear(index));
  }
  count(index: string): Promise<number> {
    return this.local.count(index);
  }
  get<D extends SearchDocument = SearchDocument>(index: string, id: string): Promise<D | null> {
    return this.local.get<D>(index, id);
  }
  /** The thread's answer, or this thread's copy's once the thread is dead. */
  private async preferThread<T>(ask: (engine: SearchEngine) => Promise<T>, inThread: boolean): Promise<T> {
    if (inThread && this.thread.alive) {
      try {
        return await ask(this.thread);
      } catch (err) {
        // A query the engine refuses is refused by both; only a dead thread falls back.
        if (this.thread.alive) throw err;
      }
    }
    return ask(this.local);
  }
  search<D extends SearchDocument = SearchDocument>(
    index: string,
    query: SearchQuery,
  ): Promise<SearchResult<D>> {
    const small = (query.limit ?? DEFAULT_LIMIT) <= THREAD_MAX_LIMIT;
    return this.preferThread((engine) => engine.search<D>(index, query), small);
  }
  retireOlderVersions(index: string): Promise<string[]> {
    return this.local.retireOlderVersions(index);
  }
  /** Asked as search as you type is, so the thread answers. */
  suggest(index: string, query: SuggestQuery): Promise<string[]> {
    return this.preferThread((engine) => engine.suggest(index, query), true);
  }
  async close(): Promise<void> {
    await Promise.all([this.local.close(), this.thread.close()]);
  }
}
