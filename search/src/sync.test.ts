import { EmbeddedEngine } from './embedded/embedded-engine';
import type { IndexDefinition, SearchDocument } from './engine';
import { rebuildIndex, type SyncSource } from './sync';

const INDEX: IndexDefinition = {
  name: 'things',
  version: 1,
  searchable: ['name'],
  filterable: [],
  sortable: [],
  synonyms: {},
};

/** A source whose truth is an array; the scan yields it in batches like the MongoDB cursor does. */
function arraySource(documents: SearchDocument[]): SyncSource {
  return {
    index: INDEX,
    findDirty: async () => [],
    markIndexed: async () => undefined,
    read: async () => [],
    async *scan(batchSize) {
      for (let i = 0; i < documents.length; i += batchSize) yield documents.slice(i, i + batchSize);
    },
  };
}

describe('rebuildIndex', () => {
  it('when the index is rebuilt, then it holds exactly the source and progress is reported after every batch', async () => {
    const engine = new EmbeddedEngine();
    await engine.ensureIndex(INDEX);
    await engine.upsert(INDEX.name, [{ id: 'stale', name: 'gone' }]);
    const documents = Array.from({ length: 25 }, (_, i) => ({ id: `d${i}`, name: `thing ${i}` }));
    const progress: number[] = [];
    const indexed = await rebuildIndex(engine, arraySource(documents), {
      batchSize: 10,
      onProgress: (n) => progress.push(n),
    });
    expect(indexed).toBe(25);
    expect(progress).toEqual([10, 20, 25]);
    expect(await engine.count(INDEX.name)).toBe(25);
    expect((await engine.search(INDEX.name, { q: 'gone' })).total).toBe(0);
  });
});
