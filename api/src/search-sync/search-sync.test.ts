import { buildCandidateInput } from '@kansplek/seed';
import {
  CANDIDATES_INDEX,
  EmbeddedEngine,
  rebuildIndex,
  syncOnce,
  syncUntilClean,
  type DirtyRecord,
  type SearchDocument,
  type SearchEngine,
} from '@kansplek/search';
import { CandidateModel } from '../candidates/candidates.model';
import { candidatesSyncSource, toCandidateDocument } from '../candidates/candidates.search';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { SearchOutboxModel } from './search-outbox.model';

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
beforeAll(async () => {
  app = await startTestApp({}, { searchWorker: false });
  region = await app.createRegion();
  consultant = await app.signIn(
    await app.createUser({ role: 'consultant', organisationId: region.servicePointId }),
  );
});
afterAll(() => app.stop());

async function indexed(engine: SearchEngine): Promise<Map<string, SearchDocument>> {
  const result = await engine.search(CANDIDATES_INDEX.name, { limit: 1000 });
  return new Map(result.hits.map((h) => [h.document.id, h.document]));
}

/** What the index must hold: exactly the searchable candidates of MongoDB, as the mapping makes them. */
async function expectIndexMatchesMongo(engine: SearchEngine) {
  const expected = (await CandidateModel.find({}).lean()).map(toCandidateDocument).filter((d) => d !== null);
  const actual = await indexed(engine);
  expect([...actual.keys()].sort()).toEqual(expected.map((d) => d!.id).sort());
  for (const doc of expected) expect(actual.get(doc!.id)).toEqual(doc);
  expect(await SearchOutboxModel.countDocuments({ collectionName: 'candidates' })).toBe(0);
}

const createCandidate = async () => {
  const res = await consultant.post('/api/candidates', buildCandidateInput());
  expect(res.status).toBe(201);
  return res.body.data as { id: string; version: number };
};

/** The real engine, failing once after applying half of a batch: a crash in the middle of a sync round. */
function crashingOnce(engine: SearchEngine): SearchEngine {
  let crashed = false;
  return Object.assign(Object.create(engine) as SearchEngine, {
    upsert: async (index: string, docs: SearchDocument[]) => {
      if (crashed || docs.length < 2) return engine.upsert(index, docs);
      crashed = true;
      await engine.upsert(index, docs.slice(0, Math.floor(docs.length / 2)));
      throw new Error('process killed mid-batch');
    },
  });
}

describe('search sync', () => {
  it('when candidates are created, changed, lose consent, change status and are erased, then the index follows', async () => {
    const a = await createCandidate();
    const b = await createCandidate();
    await app.syncSearch();
    await expectIndexMatchesMongo(app.search);

    const renamed = await consultant.patch(`/api/candidates/${a.id}`, {
      version: a.version,
      firstName: 'Zoë',
    });
    expect(renamed.status).toBe(200);
    const consent = await consultant.put(`/api/candidates/${b.id}/consent`, {
      kind: 'matching',
      given: false,
      version: b.version,
    });
    expect(consent.status).toBe(200);
    await app.syncSearch();
    expect((await indexed(app.search)).get(b.id)!.consentMatching).toBe(false);
    expect(
      (await app.search.search(CANDIDATES_INDEX.name, { q: 'Zoë' })).hits.map((h) => h.document.id),
    ).toContain(a.id);

    const erased = await consultant.delete(`/api/candidates/${b.id}`, { version: consent.body.data.version });
    expect(erased.status).toBe(200);
    await app.syncSearch();
    expect((await indexed(app.search)).has(b.id)).toBe(false);
    await expectIndexMatchesMongo(app.search);
  });

  it('when a write happens while no sync runs, then it waits in the outbox and is caught up on restart', async () => {
    const c = await createCandidate();
    expect(await SearchOutboxModel.exists({ _id: `candidates:${c.id}` })).toBeTruthy();
    expect((await indexed(app.search)).has(c.id)).toBe(false);
    await app.syncSearch();
    expect((await indexed(app.search)).has(c.id)).toBe(true);
    const stored = await CandidateModel.findById(c.id).lean();
    expect(stored!.indexedVersion).toBe(stored!.searchVersion);
  });

  it('when the syncing process rebuilds its index, then changes pending from before the scan are settled, and one made during the scan is still pushed', async () => {
    await app.syncSearch();
    const before = await createCandidate();
    // The app's own engine, rebuilt by the process that syncs it: it may settle what its scan read.
    const engine = app.search;
    const source = candidatesSyncSource();
    let during: { id: string } | undefined;
    // A change lands while the rebuild scans (after its first batch).
    const scanning = {
      ...source,
      async *scan(batchSize: number) {
        for await (const batch of source.scan(batchSize)) {
          yield batch;
          during ??= await createCandidate();
        }
      },
    };
    await rebuildIndex(engine, scanning, { settle: () => true });
    expect((await indexed(engine)).has(before.id)).toBe(true);
    expect(await SearchOutboxModel.exists({ _id: `candidates:${before.id}` })).toBeFalsy();
    expect(await SearchOutboxModel.exists({ _id: `candidates:${during!.id}` })).toBeTruthy();
    await syncUntilClean(engine, source);
    await expectIndexMatchesMongo(engine);
  });

  it('when the sync is killed mid-batch, then the index converges to MongoDB after a restart', async () => {
    await app.syncSearch();
    // A persistent engine (as Meilisearch) that already holds what was indexed before.
    const engine = new EmbeddedEngine();
    await engine.ensureIndex(CANDIDATES_INDEX);
    await engine.upsert(CANDIDATES_INDEX.name, [...(await indexed(app.search)).values()]);
    for (let i = 0; i < 12; i += 1) await createCandidate();
    const source = candidatesSyncSource();
    // The restarted process starts from an index that already holds part of the data.
    await expect(syncOnce(crashingOnce(engine), source, 500)).rejects.toThrow('process killed mid-batch');
    const partial = (await indexed(engine)).size;
    expect(await SearchOutboxModel.countDocuments({ collectionName: 'candidates' })).toBeGreaterThan(0);

    await syncUntilClean(engine, source, 5);
    expect((await indexed(engine)).size).toBeGreaterThan(partial);
    await expectIndexMatchesMongo(engine);
  });

  it('when a record changes while its previous version is being pushed, then the newer version is pushed too', async () => {
    const d = await createCandidate();
    const source = candidatesSyncSource();
    const dirty = await source.findDirty(500);
    const mine = dirty.find((r) => r.id === d.id)!;
    // A change lands between reading the pending records and marking them indexed.
    await consultant.patch(`/api/candidates/${d.id}`, { version: d.version, lastName: 'Later' });
    await app.search.upsert(
      CANDIDATES_INDEX.name,
      dirty.filter((r) => r.document).map((r) => r.document!),
    );
    await source.markIndexed([{ id: mine.id, searchVersion: mine.searchVersion, revision: mine.revision }]);
    expect(await SearchOutboxModel.exists({ _id: `candidates:${d.id}` })).toBeTruthy();
    await app.syncSearch();
    expect((await indexed(app.search)).get(d.id)!.fullName).toMatch(/Later$/);
  });

  it('when a sync round reads a record after its outbox entry is written but before the write lands, then the newer version is pushed too', async () => {
    const d = await createCandidate();
    await app.syncSearch();
    const source = candidatesSyncSource();
    let stale: DirtyRecord[] = [];
    const writeOutbox = SearchOutboxModel.updateOne.bind(SearchOutboxModel);
    // Timing only: the outbox write goes through; the worker's read is slotted in right after it.
    jest.spyOn(SearchOutboxModel, 'updateOne').mockImplementationOnce(((
      ...args: Parameters<typeof writeOutbox>
    ) =>
      (async () => {
        const result = await writeOutbox(...args);
        stale = await source.findDirty(500);
        return result;
      })()) as never);
    const patched = await consultant.patch(`/api/candidates/${d.id}`, {
      version: d.version,
      lastName: 'Daarna',
    });
    expect(patched.status).toBe(200);
    const mine = stale.find((r) => r.id === d.id)!;
    expect(mine.document!.fullName).not.toMatch(/Daarna$/);
    await app.search.upsert(CANDIDATES_INDEX.name, [mine.document!]);
    await source.markIndexed([{ id: mine.id, searchVersion: mine.searchVersion, revision: mine.revision }]);
    expect(await SearchOutboxModel.exists({ _id: `candidates:${d.id}` })).toBeTruthy();
    await app.syncSearch();
    expect((await indexed(app.search)).get(d.id)!.fullName).toMatch(/Daarna$/);
  });
});
