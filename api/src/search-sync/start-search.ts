import {
  SyncWorker,
  rebuildIndex,
  syncUntilClean,
  type SearchEngine,
  type SyncSource,
} from '@kansplek/search';
import type { Logger } from '../logger';
import { setSearchEngine } from './search-engine';
import { setSearchSyncTrigger } from './sync-trigger';

export interface SearchSync {
  /** Runs sync rounds until nothing is pending (tests and scripts wait on it). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Prepares the indexes and keeps them in step. The embedded engine lives in memory, so it is filled
 * from MongoDB at every start; Meilisearch keeps its data and only catches up on pending changes
 * (a crash between a write and its indexing is caught up here), unless its index is empty: a new
 * document version (IndexDefinition.version), a first start or lost data. Then it is rebuilt too.
 */
export async function startSearchSync(
  engine: SearchEngine,
  log: Logger,
  sources: SyncSource[],
): Promise<SearchSync> {
  for (const source of sources) {
    await engine.ensureIndex(source.index);
    if (engine.name === 'embedded' || (await engine.count(source.index.name)) === 0) {
      const started = Date.now();
      const count = await rebuildIndex(engine, source);
      log.info(
        { index: source.index.name, count, ms: Date.now() - started },
        'search index built from MongoDB',
      );
    }
    await syncUntilClean(engine, source);
  }
  setSearchEngine(engine);
  const worker = new SyncWorker(engine, sources, log);
  setSearchSyncTrigger(() => worker.kick());
  worker.start();
  return {
    drain: () => worker.drain(),
    stop: async () => {
      setSearchSyncTrigger(undefined);
      await worker.stop();
    },
  };
}
