import type { SearchEngine, SearchEngineOptions } from '@kansplek/search';
import type { TConfig } from '../config';

let engine: SearchEngine | undefined;

/** Set once at start-up (like the realtime server); search use cases read the engine from here. */
export function setSearchEngine(value: SearchEngine | undefined): void {
  engine = value;
}

export function searchEngine(): SearchEngine {
  if (!engine) throw new Error('The search engine has not been started');
  return engine;
}

/**
 * The engine as configured: Meilisearch with the API's key, or with a key scoped to the API's indexes
 * made from the master key (MEILI_API_KEY, else MEILI_MASTER_KEY); else the embedded engine.
 */
export function searchEngineOptions(
  config: Pick<TConfig, 'MEILI_URL' | 'MEILI_API_KEY' | 'MEILI_MASTER_KEY' | 'SEARCH_THREAD'>,
): SearchEngineOptions {
  return {
    meiliUrl: config.MEILI_URL,
    meiliKey: config.MEILI_API_KEY,
    meiliMasterKey: config.MEILI_MASTER_KEY,
    searchThread: config.SEARCH_THREAD,
  };
}
