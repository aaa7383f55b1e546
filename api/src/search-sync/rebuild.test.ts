import { buildCandidateInput } from '@kansplek/seed';
import { CANDIDATES_INDEX, EmbeddedEngine } from '@kansplek/search';
import { CandidateModel } from '../candidates/candidates.model';
import { createLogger } from '../logger';
import { searchSources } from '../search-sources';
import { rebuildIndexes, sourcesFor } from '../scale/reindex';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { SearchOutboxModel } from './search-outbox.model';
import { setSearchEngine } from './search-engine';
import { startSearchSync } from './start-search';

let app: TestApp;
let consultant: ApiClient;
beforeAll(async () => {
  // No sync worker: changes stay pending, as they are in a live API between a write and its round.
  app = await startTestApp({}, { searchWorker: false });
  const region = await app.createRegion();
  consultant = await app.signIn(
    await app.createUser({ role: 'consultant', organisationId: region.servicePointId }),
  );
});
afterAll(() => app.stop());

async function pendingCandidates(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const res = await consultant.post('/api/candidates', buildCandidateInput());
    expect(res.status).toBe(201);
    const renamed = await consultant.patch(`/api/candidates/${res.body.data.id}`, {
      version: res.body.data.version,
      lastName: `Gewijzigd${i}`,
    });
    expect(renamed.status).toBe(200);
    ids.push(res.body.data.id);
  }
  return ids;
}

const pendingIn = (ids: string[]) =>
  SearchOutboxModel.countDocuments({ _id: { $in: ids.map((id) => `candidates:${id}`) } });

describe('rebuilding search indexes', () => {
  it('when `reindex` rebuilds the embedded engine beside a running API, then the changes that API has not applied stay pending for it', async () => {
    const ids = await pendingCandidates(3);

    // What `npm run reindex` does without MEILI_URL: a rebuild of an engine of its own, as a check.
    await rebuildIndexes(new EmbeddedEngine(), sourcesFor(['candidates']), () => undefined);

    expect(await pendingIn(ids)).toBe(3);
    await app.syncSearch();
    const hits = await app.search.search(CANDIDATES_INDEX.name, { q: 'Gewijzigd2' });
    expect(hits.hits.map((h) => h.document.id)).toContain(ids[2]);
  });

  it('when the process that syncs builds its index at start, then what the scan read is settled and its indexedVersion recorded', async () => {
    const ids = await pendingCandidates(2);
    const before = await CandidateModel.find({ _id: { $in: ids } }).lean();
    expect(before.every((c) => c.indexedVersion! < c.searchVersion!)).toBe(true);

    const engine = new EmbeddedEngine();
    const sync = await startSearchSync(engine, createLogger('silent'), searchSources());
    try {
      expect(await pendingIn(ids)).toBe(0);
      const after = await CandidateModel.find({ _id: { $in: ids } }).lean();
      for (const candidate of after) expect(candidate.indexedVersion).toBe(candidate.searchVersion);
      expect(await engine.get(CANDIDATES_INDEX.name, ids[0]!)).toMatchObject({ id: ids[0] });
    } finally {
      await sync.stop();
      setSearchEngine(app.search);
    }
  });
});
