import { EmbeddedEngine } from './embedded/embedded-engine';
import type { SearchEngine, SearchEngineOptions } from './engine';
import { MeilisearchEngine } from './meilisearch/meilisearch-engine';

export * from './engine';
export { distanceKm } from './geo';
export * from './sync';
export * from './matching';
export * from './indexes';
export { EmbeddedEngine, MeilisearchEngine };

/** Meilisearch when MEILI_URL is set, otherwise the embedded engine. */
export function createSearchEngine(options: SearchEngineOptions): SearchEngine {
  return options.meiliUrl ? new MeilisearchEngine(options.meiliUrl, options.meiliKey) : new EmbeddedEngine();
}
