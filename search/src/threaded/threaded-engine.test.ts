import type { Worker } from 'node:worker_threads';
import type { IndexDefinition } from '../engine';
import { ThreadedEngine } from './threaded-engine';

const INDEX: IndexDefinition = {
  name: 'people',
  version: 1,
  searchable: ['name'],
  filterable: ['status'],
  sortable: [],
  synonyms: {},
};

let engine: ThreadedEngine;
beforeEach(async () => {
  engine = new ThreadedEngine();
  await engine.ensureIndex(INDEX);
  await engine.upsert('people', [
    { id: 'a', name: 'Anna de Vries', status: 'active' },
    { id: 'b', name: 'Bram de Wit', status: 'active' },
  ]);
});
afterEach(() => engine.close());

describe('the embedded engine with its search thread', () => {
  it('when a page of hits is asked, then the thread answers; a larger retrieval is answered here', async () => {
    const inThread = jest.spyOn(engine.thread, 'search');
    const here = jest.spyOn(engine.local, 'search');
    const page = await engine.search('people', { q: 'anna', limit: 20 });
    expect(page.hits.map((h) => h.document.id)).toEqual(['a']);
    expect(inThread).toHaveBeenCalledTimes(1);
    expect(here).not.toHaveBeenCalled();
    const many = await engine.search('people', { q: 'de', limit: 300 });
    expect(many.total).toBe(2);
    expect(here).toHaveBeenCalledTimes(1);
  });

  it('when a change resolves, then both copies have it', async () => {
    await engine.upsert('people', [{ id: 'c', name: 'Chantal Bakker', status: 'active' }]);
    await engine.remove('people', ['a']);
    for (const copy of [engine.thread, engine.local]) {
      const found = await copy.search('people', { q: 'chantal anna', matching: 'any' });
      expect(found.hits.map((h) => h.document.id)).toEqual(['c']);
      expect(await copy.count('people')).toBe(2);
    }
  });

  it('when the query is refused, then the error comes back from the thread, not a fallback', async () => {
    await expect(
      engine.search('people', { filters: [{ field: 'name', op: 'eq', value: 'x' }] }),
    ).rejects.toThrow('Attribute "name" is not filterable in index people');
    expect(engine.thread.alive).toBe(true);
  });

  it('when the thread has died, then it is told once, and searches and changes go on in this thread', async () => {
    const told: Error[] = [];
    const dying = new ThreadedEngine((err) => told.push(err));
    await dying.ensureIndex(INDEX);
    await dying.upsert('people', [{ id: 'a', name: 'Anna de Vries', status: 'active' }]);
    // Stopped other than by close(), as running out of memory would stop it.
    const { worker } = dying.thread as unknown as { worker: Worker };
    await worker.terminate();
    await new Promise((resolve) => setImmediate(resolve));
    expect(told).toHaveLength(1);
    expect(dying.thread.alive).toBe(false);
    const found = await dying.search('people', { q: 'anna', limit: 20 });
    expect(found.hits.map((h) => h.document.id)).toEqual(['a']);
    await dying.close();
    expect(told).toHaveLength(1);
  });

  it('when the thread was closed, then searches and changes go on in this thread', async () => {
    await engine.thread.close();
    expect(engine.thread.alive).toBe(false);
    await engine.upsert('people', [{ id: 'c', name: 'Chantal Bakker', status: 'active' }]);
    const page = await engine.search('people', { q: 'chantal', limit: 20 });
    expect(page.hits.map((h) => h.document.id)).toEqual(['c']);
    expect(await engine.isHealthy()).toBe(true);
  });
});
