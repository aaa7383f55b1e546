import { EmbeddedEngine } from './embedded/embedded-engine';
import type { SearchEngine, SearchEngineOptions } from './engine';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine';
import { ThreadedEngine } from './threaded/threaded-engine';

export * from './engine';
export { distanceKm } from './geo';
export { matchedHighlights } from './highlights';
export * from './sync';
export * from './matching';
export * from './indexes';
export { EmbeddedEngine, MeilisearchEngine, ThreadedEngine };

/** Meilisearch when MEILI_URL is set, otherwise the embedded engine (with its search thread unless turned off). */
export function createSearchEngine(options: SearchEngineOptions): SearchEngine {
  if (options.meiliUrl) return new MeilisearchEngine(options.meiliUrl, options.meiliKey);
  return options.searchThread === false
    ? new EmbeddedEngine()
    : new ThreadedEngine(options.onSearchThreadFailure);
}
