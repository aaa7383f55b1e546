import { MeilisearchEngine } from '../meilisearch/meilisearch-engine';
import { engineContract } from './engine-contract';

const url = process.env.MEILI_URL;
const indexName = `contract_${Date.now()}_${process.pid}`;

/** Runs only when MEILI_URL points at a Meilisearch server (see README, "Meilisearch contract tests"). */
(url ? describe : describe.skip)('search engine contract: Meilisearch', () => {
  let engine: MeilisearchEngine;
  beforeAll(() => {
    console.log(`Meilisearch contract tests running against ${url}`);
  });
  afterAll(async () => {
    await engine?.client.deleteIndex(indexName).waitTask();
  });
  engineContract(
    () => (engine = new MeilisearchEngine(url!, process.env.MEILI_MASTER_KEY)),
    () => indexName,
  );
});

if (!url) {
  console.log('Meilisearch contract tests skipped: set MEILI_URL (and MEILI_MASTER_KEY) to run them.');
}
