import { API_KEY_ACTIONS, apiKeyUid } from '../meilisearch/meili-keys';
import { MeilisearchEngine } from '../meilisearch/meilisearch-engine';
import { definitionFor, engineContract } from './engine-contract';

const url = process.env.MEILI_URL;
const masterKey = process.env.MEILI_MASTER_KEY;
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
    () => (engine = new MeilisearchEngine(url!, masterKey)),
    () => indexName,
  );

  it('when the document version is raised, then the next start finds a new, empty index, and the old one goes once the new is live', async () => {
    const name = `${indexName}_versioned`;
    const before = new MeilisearchEngine(url!, masterKey);
    await before.ensureIndex(definitionFor(name));
    await before.upsert(name, [{ id: 'old', name: 'Oude vorm' }]);
    const after = new MeilisearchEngine(url!, masterKey);
    await after.ensureIndex({ ...definitionFor(name), version: 2 });
    try {
      expect(await after.count(name)).toBe(0);
      expect(await before.count(name)).toBe(1);
      expect(await after.retireOlderVersions(name)).toEqual([`${name}_v1`]);
      await expect(before.count(name)).rejects.toThrow();
      expect(await after.retireOlderVersions(name)).toEqual([]);
    } finally {
      await after.client.deleteIndex(after.uid(name)).waitTask();
      await before.client.deleteIndexIfExists(before.uid(name));
    }
  });

  (masterKey ? it : it.skip)(
    'when only the master key is given, then the engine works with a key of its own, scoped to its indexes and actions',
    async () => {
      const name = `${indexName}_scoped`;
      const admin = new MeilisearchEngine(url!, masterKey).client;
      const uid = apiKeyUid([`${name}*`]);
      const engine = new MeilisearchEngine(url!, { masterKey, indexes: [name] });
      try {
        await engine.ensureIndex(definitionFor(name));
        await engine.upsert(name, [{ id: 'k', name: 'Kees Smit', skills: ['metselaar'] }]);
        expect((await engine.search(name, { q: 'metselar' })).total).toBe(1);
        const key = await admin.getKey(uid);
        expect(engine.client.config.apiKey).toBe(key.key);
        expect(key.indexes).toEqual([`${name}*`]);
        expect([...key.actions].sort()).toEqual([...API_KEY_ACTIONS].sort());
        // It reaches neither keys nor other indexes.
        const scoped = new MeilisearchEngine(url!, key.key).client;
        await expect(scoped.getKeys()).rejects.toThrow();
        await expect(scoped.index(`${indexName}_v1`).getStats()).rejects.toThrow();
        // Another process (a replica) finds the same key.
        const replica = new MeilisearchEngine(url!, { masterKey, indexes: [name] });
        await replica.ensureIndex(definitionFor(name));
        expect(replica.client.config.apiKey).toBe(key.key);
      } finally {
        await admin.deleteIndexIfExists(`${name}_v1`);
        await admin.deleteKey(uid).catch(() => undefined);
      }
    },
  );
});

if (!url) {
  console.log('Meilisearch contract tests skipped: set MEILI_URL (and MEILI_MASTER_KEY) to run them.');
}
