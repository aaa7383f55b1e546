import mongoose from 'mongoose';
import { buildCandidateInput } from '@kansplek/seed';
import { CandidateModel } from '../../api/src/candidates/candidates.model';
import { LEADER_LEASES_COLLECTION } from '../../api/src/database/leader-lease';
import { SearchOutboxModel } from '../../api/src/search-sync/search-outbox.model';
import { createRegion, createUser } from '../../api/src/test/test-data';
import type { ApiProcess } from './support/api-process';
import { startCluster, type Cluster } from './support/cluster';
import type { ClusterClient } from './support/cluster-client';
import { waitFor } from './support/wait-for';

const CANDIDATES = 20;
const EDITS_PER_CANDIDATE = 50;

let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster();
});
afterAll(() => cluster?.stop());

/** The process that syncs the search indexes now (it holds the lease). */
async function syncingProcess(): Promise<ApiProcess> {
  const lease = await mongoose.connection
    .collection<{ _id: string; holder: string }>(LEADER_LEASES_COLLECTION)
    .findOne({ _id: 'search-sync' });
  const pid = Number(lease?.holder.split('-')[0]);
  const api = cluster.apis.find((a) => a.pid === pid);
  if (!api) throw new Error(`no API process holds the search sync lease (${lease?.holder})`);
  return api;
}

/** What each process's index answers for the region, against what MongoDB holds; '' when they agree. */
async function differences(client: ClusterClient, api: ApiProcess): Promise<string> {
  const res = await client.get(api, '/api/candidates/search?limit=100');
  if (res.status !== 200) return `${api.name}: search answered ${res.status}`;
  const indexed = new Map<string, string>(
    (res.body.data as Array<{ id: string; fullName: string }>).map((h) => [h.id, h.fullName]),
  );
  const stored = await CandidateModel.find({}).lean();
  const wrong = stored.filter((c) => indexed.get(String(c._id)) !== c.fullName);
  if (wrong.length || indexed.size !== stored.length) {
    return `${api.name}: ${wrong.length} of ${stored.length} differ (index holds ${indexed.size}), e.g. ${wrong[0]?.fullName} is ${indexed.get(String(wrong[0]?._id))}`;
  }
  return '';
}

/** What is left in the outbox, with the records' versions, the lease and the processes' last output. */
async function outboxReport(): Promise<string> {
  const entries = await SearchOutboxModel.find({ collectionName: 'candidates' }).lean();
  const records = await CandidateModel.find({ _id: { $in: entries.map((e) => e.docId) } })
    .select({ searchVersion: 1, indexedVersion: 1 })
    .lean();
  const lease = await mongoose.connection
    .collection(LEADER_LEASES_COLLECTION)
    .findOne({ _id: 'search-sync' as never });
  return JSON.stringify(
    { entries, records, lease, output: cluster.apis.map((a) => [a.name, a.pid, a.output.slice(-5)]) },
    null,
    1,
  );
}

describe('search sync with two API processes', () => {
  jest.setTimeout(600_000);
  it('when 1,000 edits go through both processes and the syncing one is killed half-way and restarted, then no edit is lost and both indexes equal the database', async () => {
    const region = await createRegion();
    const consultant = await cluster.signIn(
      await createUser({ role: 'consultant', organisationId: region.servicePointId }),
      cluster.apis[0]!,
    );
    const candidates: Array<{ id: string; version: number }> = [];
    for (let i = 0; i < CANDIDATES; i += 1) {
      const res = await consultant.post(cluster.apis[i % 2]!, '/api/candidates', buildCandidateInput());
      expect(res.status).toBe(201);
      candidates.push({ id: res.body.data.id, version: res.body.data.version });
    }

    const down = new Set<ApiProcess>();
    const live = (n: number) => {
      const apis = cluster.apis.filter((a) => !down.has(a));
      return apis[n % apis.length]!;
    };
    let acknowledged = 0;
    let lost = 0;
    let killed: Promise<void> | undefined;
    const killHalfWay = async () => {
      const victim = await syncingProcess();
      down.add(victim);
      await victim.stop('SIGKILL');
      // Restarted as a supervisor would, while the edits go on through the other process.
      await victim.start();
      down.delete(victim);
    };

    // Each candidate's edits in order, through A and B in turn; the candidates in parallel.
    await Promise.all(
      candidates.map(async (candidate, c) => {
        for (let k = 1; k <= EDITS_PER_CANDIDATE; k += 1) {
          const lastName = `Stap${k}`;
          let unanswered = false;
          for (let attempt = 0; ; attempt += 1) {
            const api = live(c + k + attempt);
            const res = await consultant
              .patch(api, `/api/candidates/${candidate.id}`, { version: candidate.version, lastName })
              .catch(() => undefined);
            if (res?.status === 200) {
              candidate.version = res.body.data.version;
              break;
            }
            // No answer (the process was killed) or a stale version: what does MongoDB hold now?
            const now = await consultant.get(live(0), `/api/candidates/${candidate.id}`);
            if (res?.status === 409 && !unanswered) lost += 1;
            unanswered ||= res === undefined;
            candidate.version = now.body.data.version;
            if (now.body.data.lastName === lastName) break;
            if (attempt > 20) throw new Error(`edit ${k} of ${candidate.id} not applied`);
          }
          acknowledged += 1;
          if (acknowledged === (CANDIDATES * EDITS_PER_CANDIDATE) / 2) killed = killHalfWay();
        }
      }),
    );
    await killed;

    const stored = await CandidateModel.find({ _id: { $in: candidates.map((c) => c.id) } }).lean();
    expect(stored.map((c) => c.lastName)).toEqual(candidates.map(() => `Stap${EDITS_PER_CANDIDATE}`));
    // A 409 right after an acknowledged edit would mean that edit was overwritten.
    expect(lost).toBe(0);
    for (const api of cluster.apis) {
      const last = await waitFor(
        `index of ${api.name} equal to MongoDB`,
        async () => ((await differences(consultant, api)) === '' ? '' : undefined),
        45_000,
        500,
      ).catch(async () => differences(consultant, api));
      expect(last).toBe('');
    }
    // The outbox empties too: each entry left was pushed again and removed (the last marks may come
    // after the index already showed the edit, so give the syncing process a round or two).
    const outbox = await waitFor(
      'search outbox empty',
      async () =>
        (await SearchOutboxModel.countDocuments({ collectionName: 'candidates' })) ? undefined : 0,
      15_000,
      250,
    ).catch(async () => outboxReport());
    expect(outbox).toBe(0);
  });
});
