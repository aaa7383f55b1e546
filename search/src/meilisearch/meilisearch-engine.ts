import { Meilisearch } from 'meilisearch';
import type { SearchEngine } from '../engine';

export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  readonly client: Meilisearch;

  constructor(host: string, apiKey?: string) {
    this.client = new Meilisearch({ host, apiKey });
  }

  async isHealthy(): Promise<boolean> {
    try {
      return (await this.client.health()).status === 'available';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {}
}
