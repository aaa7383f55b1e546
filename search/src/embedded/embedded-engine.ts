import type { SearchEngine } from '../engine';

/** In-process engine used when no MEILI_URL is set; it lives and dies with the API process. */
export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;

  async isHealthy(): Promise<boolean> {
    return true;
  }

  async close(): Promise<void> {}
}
