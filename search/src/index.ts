import { EmbeddedEngine } from './embedded/embedded-engine';
import type { SearchEngine, SearchEngineOptions } from './engine';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine';
import { ThreadedEngine } from './threaded/threaded-engine';
import { CANDIDATES_INDEX, PLACES_INDEX } from './indexes';

export * from './engine';
export { distanceKm } from './geo';
export { matchedHighlights } from './highlights';
export * from './sync';
export * from './matching';
export * from './indexes';
export { EmbeddedEngine, MeilisearchEngine, ThreadedEngine };

/** Meilisearch when MEILI_URL is set, otherwise the embedded engine (with its search thread unless turned off). */
export function createSearchEngine(options: SearchEngineOptions): SearchEngine {
  if (options.meiliUrl) {
    return new MeilisearchEngine(options.meiliUrl, {
      apiKey: options.meiliKey,
      masterKey: options.meiliMasterKey,
      indexes: [CANDIDATES_INDEX.name, PLACES_INDEX.name],
    });
  }
  return options.searchThread === false
    ? new EmbeddedEngine()
    : new ThreadedEngine(options.onSearchThreadFailure);
}
