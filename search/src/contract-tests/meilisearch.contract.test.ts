import { MeilisearchEngine } from '../meilisearch/meilisearch-engine';
import { definitionFor, engineContract } from './engine-contract';

const url = process.env.MEILI_URL;
const indexName = `contract_${Date.now()}_${process.pid}`;

/** Runs only when MEILI_URL points at a Meilisearch server (see README, "Meilisearch contract tests"). */
(url ? describe : describe.skip)('search engine contract: Meilisearch', () => {
  let engine: MeilisearchEngine;
  beforeAll(() => {
    console.log(`Meilisearch contract tests running against ${url}`);
  });
  afterAll(async () => {
    await engine?.client.deleteIndex(engine.uid(indexName)).waitTask();
  });
  engineContract(
    () => (engine = new MeilisearchEngine(url!, process.env.MEILI_MASTER_KEY)),
    () => indexName,
  );

  it('when the document version is raised, then the next start finds a new, empty index to rebuild', async () => {
    const name = `${indexName}_versioned`;
    const before = new MeilisearchEngine(url!, process.env.MEILI_MASTER_KEY);
    await before.ensureIndex(definitionFor(name));
    await before.upsert(name, [{ id: 'old', name: 'Oude vorm' }]);
    const after = new MeilisearchEngine(url!, process.env.MEILI_MASTER_KEY);
    await after.ensureIndex({ ...definitionFor(name), version: 2 });
    try {
      expect(await after.count(name)).toBe(0);
      expect(await before.count(name)).toBe(1);
    } finally {
      await before.client.deleteIndex(before.uid(name)).waitTask();
      await after.client.deleteIndex(after.uid(name)).waitTask();
    }
  });
});

if (!url) {
  console.log('Meilisearch contract tests skipped: set MEILI_URL (and MEILI_MASTER_KEY) to run them.');
}
