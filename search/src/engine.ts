/** What the API needs from a search engine; implemented by Meilisearch and by the embedded MiniSearch engine. */
export interface SearchEngine {
  readonly name: 'meilisearch' | 'embedded';
  /** True when the engine answers; used by the API's readiness check. */
  isHealthy(): Promise<boolean>;
  close(): Promise<void>;
}

export interface SearchEngineOptions {
  meiliUrl?: string;
  meiliKey?: string;
}
