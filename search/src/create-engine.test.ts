import { createSearchEngine, EmbeddedEngine, MeilisearchEngine, ThreadedEngine } from './index';

describe('choosing the search engine', () => {
  it('when no Meilisearch is configured, then the embedded engine runs with its search thread', async () => {
    const engine = createSearchEngine({});
    try {
      expect(engine).toBeInstanceOf(ThreadedEngine);
      expect(await engine.isHealthy()).toBe(true);
    } finally {
      await engine.close();
    }
  });

  it('when the search thread is turned off, then the embedded engine runs in this thread alone', () => {
    const engine = createSearchEngine({ searchThread: false });
    expect(engine).toBeInstanceOf(EmbeddedEngine);
    expect(engine).not.toBeInstanceOf(ThreadedEngine);
  });

  it('when a Meilisearch URL is given, then Meilisearch is used, whatever the thread setting', () => {
    const engine = createSearchEngine({ meiliUrl: 'http://127.0.0.1:7700', searchThread: false });
    expect(engine).toBeInstanceOf(MeilisearchEngine);
  });
});
