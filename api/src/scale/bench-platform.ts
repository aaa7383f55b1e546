import http from 'node:http';
import type { AddressInfo } from 'node:net';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createSearchEngine, MeilisearchEngine, SyncWorker, syncUntilClean } from '@kansplek/search';
import { DEMO_TOTP_SECRET } from '@kansplek/seed';
import pino from 'pino';
import { createApp } from '../app';
import { hashPassword } from '../users/password';
import type { TConfig } from '../config';
import { connectDatabase, connectOptions, disconnectDatabase } from '../database/connect';
import { startLocalMongo, type LocalMongo } from '../database/local-mongo';
import { loadDemoData } from '../demo/load-demo';
import { subscribeEventHandlers } from '../event-handlers';
import { ensureDemoOrganisations } from '../demo/demo-organisations';
import { configureGeocoder } from '../geo/geocode-address';
import { searchEngineOptions, setSearchEngine } from '../search-sync/search-engine';
import { searchSources } from '../search-sources';
import { setSearchSyncTrigger } from '../search-sync/sync-trigger';
import { UserModel } from '../users/users.model';
import type { BenchArgs } from './args';
import { generateScaleData } from './generate-scale-data';
import { sampleMemoryPhases, type MemoryPhases } from './memory-phases';
import { rebuildIndexes } from './reindex';

export const BENCH_CONSULTANT = {
  email: 'bench-consultant@kansplek.nl',
  password: 'Kansplek-bench-2026',
  // Consultants sign in with a second factor; the bench's is the demo's documented secret.
  totpSecret: DEMO_TOTP_SECRET,
};

export interface MemoryFigures {
  rssMb: number;
  heapUsedMb: number;
}

export interface IndexBuild {
  index: string;
  documents: number;
  ms: number;
}

export interface BenchPlatform {
  url: string;
  /** The search engine measured, e.g. "Meilisearch 1.50.0". */
  engineName: string;
  databaseKind: string;
  indexBuilds: IndexBuild[];
  /** Building every index from MongoDB plus the first sync round, as at an API start. */
  startSearchMs: number;
  memoryBefore: MemoryFigures;
  memoryAfterIndex: MemoryFigures;
  /** The API's memory by phase since it started (index build included); the bench names the phases. */
  memory: MemoryPhases;
  /** Stops the API (HTTP server, sync worker, search engine) and lets its memory go; MongoDB stays. */
  stopApi(): Promise<void>;
  stop(): Promise<void>;
}

// A full collection after the indexes are built makes heap figures comparable between runs.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function memory(): MemoryFigures {
  collectGarbage();
  const { rss, heapUsed } = process.memoryUsage();
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  return { rssMb: mb(rss), heapUsedMb: mb(heapUsed) };
}

/** Runs one preparation step and says how long it took. */
async function timed<T>(label: string, log: (m: string) => void, step: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await step();
  log(`${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** The demo region, the scale data and the bench consultant, generated once and checked at each run. */
async function prepareBenchData(config: TConfig, args: BenchArgs, log: (m: string) => void) {
  configureGeocoder(config.GEOCODER);
  subscribeEventHandlers(pino({ level: 'warn' }));
  await timed('demo region checked', log, () => loadDemoData(log));
  const scale = { candidates: args.candidates, places: args.places, seed: args.seed, batchSize: 1000 };
  await timed('scale data checked', log, () => generateScaleData(scale, log));
  const { servicePointId } = await ensureDemoOrganisations();
  await UserModel.updateOne(
    { email: BENCH_CONSULTANT.email },
    {
      $set: {
        passwordHash: await hashPassword(BENCH_CONSULTANT.password),
        status: 'active',
        secondFactor: { secret: BENCH_CONSULTANT.totpSecret, enrolledAt: new Date(), lastUsedStep: 0 },
      },
      $setOnInsert: { name: 'Bench Consulent', role: 'consultant', organisationId: servicePointId },
    },
    { upsert: true },
  );
}

/**
 * The API as platform.ts starts it (database, demo, embedded search built from MongoDB, HTTP app), on a
 * free port, after making sure the data directory holds the benchmark's scale data.
 */
export async function startBenchPlatform(
  config: TConfig,
  args: BenchArgs,
  log: (m: string) => void,
): Promise<BenchPlatform> {
  let local: LocalMongo | undefined;
  await timed('database started', log, async () => {
    if (!config.MONGODB_URI)
      local = await startLocalMongo({ dataDir: config.DATA_DIR, log, backend: config.EMBEDDED_DB_BACKEND });
    await connectDatabase(
      config.MONGODB_URI ?? local!.uri,
      local ? 'kansplek' : undefined,
      connectOptions(config, local),
    );
  });
  try {
    await prepareBenchData(config, args, log);
  } catch (error) {
    // A failed start leaves no database running on the data directory.
    await disconnectDatabase().catch(() => undefined);
    await local?.stop();
    throw error;
  }

  const memoryBefore = memory();
  // Sampled from here, because the process's maxRSS also counts what the bench does besides running
  // the API (generating the data, loading every candidate for the naive baseline).
  const memoryPhases = sampleMemoryPhases('index build');
  // The engine the platform starts: Meilisearch when MEILI_URL is set, else the embedded one.
  const search = createSearchEngine(searchEngineOptions(config));
  const engineName =
    search instanceof MeilisearchEngine
      ? `Meilisearch ${(await search.client.getVersion()).pkgVersion}`
      : 'embedded (MiniSearch)';
  const logger = pino({ level: 'warn' });
  // What startSearchSync does for the embedded engine, step by step, so each step can be timed
  // (Meilisearch's indexes are rebuilt too: they may hold another database's documents).
  log(`Building the search indexes from MongoDB (as at every API start), in ${engineName}…`);
  const started = performance.now();
  const sources = searchSources();
  const reports = await rebuildIndexes(search, sources, log);
  const indexBuilds = reports.map((r) => ({ index: r.index, documents: r.indexed, ms: r.ms }));
  const caughtUp = await timed('pending changes (outbox) synced', log, async () => {
    let pushed = 0;
    for (const source of sources) pushed += await syncUntilClean(search, source);
    return pushed;
  });
  log(`  ${caughtUp} pending changes pushed`);
  setSearchEngine(search);
  const worker = new SyncWorker(search, sources, logger);
  setSearchSyncTrigger(() => worker.kick());
  worker.start();
  const startSearchMs = Math.round(performance.now() - started);
  log(`search ready: ${(startSearchMs / 1000).toFixed(1)} s`);
  const memoryAfterIndex = memory();

  const { app } = createApp({ config, log: logger, search });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  const stopApi = () =>
    (stopping ??= (async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      setSearchSyncTrigger(undefined);
      await worker.stop();
      setSearchEngine(undefined);
      await search.close();
    })());
  return {
    url: `http://127.0.0.1:${port}`,
    engineName,
    databaseKind: local?.kind ?? 'external',
    indexBuilds,
    startSearchMs,
    memoryBefore,
    memoryAfterIndex,
    memory: memoryPhases,
    stopApi,
    stop: async () => {
      await stopApi();
      await disconnectDatabase();
      await local?.stop();
    },
  };
}
