import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, ROOT_DIR, type TConfig } from '../config';
import { findSessionUser } from '../auth/session-user';
import { PlaceModel } from '../places/places.model';
import { UserModel } from '../users/users.model';
import { runCommand } from '../command-line';
import { parseBenchArgs, type BenchArgs } from './args';
import { measureBreakdown } from './bench-breakdown';
import { BenchClient } from './bench-http';
import { BENCH_CONSULTANT, startBenchPlatform, type BenchPlatform } from './bench-platform';
import { formatBenchTable, TARGETS, type BenchResults } from './bench-report';
import { pickSample, summarize, typedPrefixes } from './bench-stats';
import { readScaleMarker } from './generate-scale-data';
import { measureLoad, type LoadResult } from './bench-load';
import { measureSroiReport } from './bench-sroi';
import { ContractModel } from '../contracts/contracts.model';
import { CreditModel } from '../credits/credits.model';
import { EffortModel } from '../efforts/efforts.model';
import { MatchModel } from '../matches/matches.model';
import { NotificationModel } from '../notifications/notifications.model';
import { ReminderModel } from '../reminders/reminders.model';
import { naiveProposals, type NaiveProposals } from './naive-proposals';

const USAGE =
  'usage: npm run bench [-- --size small|large --candidates N --places M --proposals P --naive-places K --search-rounds R --load-seconds S --load-rounds L --seed S]';
const RESULTS = path.join(ROOT_DIR, 'bench', 'results', 'latest.json');
const WARM_UP = 5;

/** What consultants type, letter by letter: skills, names, occupations, both together, and typos. */
const SEARCHES = ['schoonmaken', 'bakker', 'heftruck', 'magazijn', 'jansen sch'];
const TYPOS = ['schoonmakn', 'heftruk', 'beveilgier', 'orderpikken'];

type Proposals = { data: Array<{ candidate: { id: string } }>; blockedBy: string[] };
type SearchAnswer = { data: unknown[]; page: { total: number } };

async function measureProposals(client: BenchClient, placeIds: string[]) {
  for (const id of placeIds.slice(0, WARM_UP))
    await client.post(`/api/places/${id}/proposals`, { limit: 10 });
  const samples: number[] = [];
  const topTen = new Map<string, string[]>();
  let errors = 0;
  for (const id of placeIds) {
    const res = await client.post<Proposals>(`/api/places/${id}/proposals`, { limit: 10 });
    if (res.status !== 200) {
      errors += 1;
      continue;
    }
    samples.push(res.ms);
    topTen.set(
      id,
      res.body.data.map((p) => p.candidate.id),
    );
  }
  const counts = [...topTen.values()].map((ids) => ids.length);
  const meanProposals = counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);
  return { summary: { ...summarize(samples), errors, meanProposals }, topTen };
}

const SEARCH_QUERIES = [...SEARCHES.flatMap((w) => typedPrefixes(w)), ...TYPOS];

async function measureSearch(client: BenchClient, rounds: number) {
  const queries = SEARCH_QUERIES;
  const byQuery = new Map<string, { ms: number[]; hits: number }>();
  let errors = 0;
  for (let round = 0; round <= rounds; round += 1) {
    for (const q of queries) {
      const res = await client.get<SearchAnswer>(`/api/candidates/search?q=${encodeURIComponent(q)}`);
      if (res.status !== 200) errors += 1;
      // Round 0 warms up (JIT, caches) and is not counted.
      else if (round > 0) {
        const entry = byQuery.get(q) ?? { ms: [], hits: res.body.page.total };
        entry.ms.push(res.ms);
        byQuery.set(q, entry);
      }
    }
  }
  const slowest = [...byQuery.entries()]
    .map(([q, e]) => ({ q, p50: summarize(e.ms).p50, hits: e.hits }))
    .sort((a, b) => b.p50 - a.p50)
    .slice(0, 5);
  return { ...summarize([...byQuery.values()].flatMap((e) => e.ms)), errors, slowest };
}

async function measureNaive(placeIds: string[], topTen: Map<string, string[]>, config: TConfig) {
  if (!placeIds.length) return null;
  const runs: Array<NaiveProposals & { overlap: number }> = [];
  for (const id of placeIds) {
    const run = await naiveProposals(id, 10, config.MATCH_WEIGHTS);
    const endpoint = new Set(topTen.get(id) ?? []);
    runs.push({
      ...run,
      overlap: run.candidateIds.filter((c) => endpoint.has(c)).length / Math.max(1, run.candidateIds.length),
    });
    console.log(
      `  naive proposals for place ${id}: ${Math.round(run.ms)} ms (${run.loaded} candidates loaded)`,
    );
  }
  const mean = (pick: (r: (typeof runs)[number]) => number) =>
    runs.reduce((s, r) => s + pick(r), 0) / runs.length;
  return {
    places: runs.length,
    meanMs: mean((r) => r.ms),
    candidatesLoaded: runs[0]!.loaded,
    overlapAt10: mean((r) => r.overlap),
  };
}

/** Requests per second on search, proposals and contract progress, each on its own for a while. */
async function measureThroughput(
  url: string,
  client: BenchClient,
  placeIds: string[],
  { seconds, rounds, onEndpoint }: { seconds: number; rounds: number; onEndpoint: (name: string) => void },
): Promise<LoadResult[]> {
  const headers = client.sessionHeaders();
  const contracts = await ContractModel.find({ status: 'active' }).select({ _id: 1 }).limit(50).lean();
  const runs: Array<[string, Array<{ method: 'GET' | 'POST'; path: string; body?: unknown }>]> = [
    [
      'GET /api/candidates/search?q=…',
      SEARCH_QUERIES.map((q) => ({
        method: 'GET',
        path: `/api/candidates/search?q=${encodeURIComponent(q)}`,
      })),
    ],
    [
      'POST /api/places/:id/proposals',
      placeIds
        .slice(0, 50)
        .map((id) => ({ method: 'POST', path: `/api/places/${id}/proposals`, body: { limit: 10 } })),
    ],
    [
      'GET /api/contracts/:id/progress',
      contracts.map((c) => ({ method: 'GET', path: `/api/contracts/${String(c._id)}/progress` })),
    ],
  ];
  const results: LoadResult[] = [];
  for (const [endpoint, requests] of runs) {
    if (!requests.length) continue;
    onEndpoint(endpoint);
    const result = await measureLoad(url, endpoint, headers, requests, { seconds, rounds });
    results.push(result);
    const each = result.rounds.map((r) => Math.round(r)).join(', ');
    console.log(`  ${endpoint}: ${Math.round(result.requestsPerSecond)} requests/s (median of ${each})`);
  }
  return results;
}

async function runBench(args: BenchArgs, config: TConfig, platform: BenchPlatform): Promise<BenchResults> {
  const marker = (await readScaleMarker())!;
  const loadAtStart = os.loadavg()[0]!;
  const client = await BenchClient.signIn(platform.url, BENCH_CONSULTANT);
  const open = await PlaceModel.find({ status: 'open' }).select({ _id: 1 }).lean();
  const placeIds = pickSample(
    open.map((p) => String(p._id)),
    args.proposals,
    args.seed,
  );
  const memory = platform.memory;
  console.log(`Proposals for ${placeIds.length} random open places…`);
  memory.phase('proposals over HTTP');
  const proposals = await measureProposals(client, placeIds);
  console.log(`Search as you type (${args.searchRounds} rounds)…`);
  memory.phase('search over HTTP');
  const search = await measureSearch(client, args.searchRounds);
  console.log(
    `Throughput under load (${args.loadRounds} rounds of ${args.loadSeconds} s per endpoint, 10 connections)…`,
  );
  const load = await measureThroughput(platform.url, client, placeIds, {
    seconds: args.loadSeconds,
    rounds: args.loadRounds,
    onEndpoint: (endpoint) => memory.phase(`under load: ${endpoint}`),
  });
  console.log('Breakdown of the same work, in-process…');
  memory.phase('breakdown in-process');
  const sample = await PlaceModel.findById(placeIds[0]).select({ regionId: 1 }).lean();
  const benchUser = await UserModel.findOne({ email: BENCH_CONSULTANT.email }).select({ _id: 1 }).lean();
  const user = (await findSessionUser(String(benchUser!._id)))!;
  const breakdown = await measureBreakdown(placeIds.slice(0, 50), sample!.regionId!, SEARCH_QUERIES, {
    user,
    weights: config.MATCH_WEIGHTS,
  });
  console.log('SROI report of the region (in-process and over HTTP)…');
  memory.phase('SROI report');
  const sroi = await measureSroiReport(client, user);
  // The API's work ends here; the naive baseline holds every candidate in memory, which the API never does.
  const { peakRssMb, phases } = memory.stop();
  // Its index goes, so the baseline has the memory the API had (the API is measured with a heap limit).
  await platform.stopApi();
  console.log(
    `Naive baseline for ${args.naivePlaces} places (loads every candidate from MongoDB each time)…`,
  );
  const naive = await measureNaive(placeIds.slice(0, args.naivePlaces), proposals.topTen, config);
  const processMaxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  const searchLoad = load.find((l) => l.endpoint.includes('search'))!;
  const cpus = os.cpus();
  return {
    measuredAt: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.versions.node,
      platform: `${os.platform()} ${os.release()}`,
    },
    loadAverage: { start: loadAtStart, end: os.loadavg()[0]! },
    database: platform.databaseKind,
    engine: platform.engineName,
    data: {
      candidates: marker.candidates,
      places: marker.places,
      contractors: marker.companies,
      openPlaces: open.length,
      seed: marker.seed,
      records: await countRecords(),
    },
    indexBuild: { startSearchMs: platform.startSearchMs, indexes: platform.indexBuilds },
    memory: {
      beforeIndex: platform.memoryBefore,
      afterIndex: platform.memoryAfterIndex,
      peakRssMb,
      phases,
      processMaxRssMb,
    },
    proposals: proposals.summary,
    breakdown,
    search,
    load,
    sroi,
    naive: naive && { ...naive, ratioToProposalsP95: naive.meanMs / Math.max(0.1, proposals.summary.p95) },
    targets: {
      ...TARGETS,
      proposalsMet: proposals.summary.errors === 0 && proposals.summary.p95 < TARGETS.proposalsP95Ms,
      searchMet: search.errors === 0 && search.p95 < TARGETS.searchP95Ms,
      searchThroughputMet:
        searchLoad.errors === 0 && searchLoad.requestsPerSecond >= TARGETS.searchRequestsPerSecond,
      memoryMet: peakRssMb < TARGETS.peakRssMb,
    },
  };
}

/** How many records of each kind the benchmark's database holds besides candidates and places. */
async function countRecords(): Promise<Record<string, number>> {
  const models = {
    matches: MatchModel,
    credits: CreditModel,
    efforts: EffortModel,
    notifications: NotificationModel,
    reminders: ReminderModel,
    users: UserModel,
  };
  const counts: Record<string, number> = {};
  for (const [name, model] of Object.entries(models)) {
    counts[name] = await (model as unknown as typeof UserModel).estimatedDocumentCount();
  }
  return counts;
}

/**
 * `npm run bench`: the API with 10,000 candidates and 1,000 places (`--size large`: 100,000 and
 * 10,000), measured over HTTP and in-process, on the embedded engine, or on Meilisearch when MEILI_URL
 * is set (its indexes are rebuilt from the bench's data first). Data lives in .data/bench-small
 * or .data/bench (generated once, reused); figures go to bench/results/latest.json. Not part of `npm test`.
 */
async function main() {
  const args = parseBenchArgs(process.argv.slice(2));
  const config = loadConfig({
    ...process.env,
    // One data directory per size, so switching sizes does not generate the data again.
    DATA_DIR:
      process.env.BENCH_DATA_DIR ??
      path.join(ROOT_DIR, '.data', args.size === 'large' ? 'bench' : 'bench-small'),
    PORT: '0',
    LOG_LEVEL: 'info',
  });
  console.log(`Benchmark data in ${config.MONGODB_URI ? 'MONGODB_URI' : config.DATA_DIR}`);
  const platform = await startBenchPlatform(config, args, console.log);
  try {
    const results = await runBench(args, config, platform);
    console.log(`\n${formatBenchTable(results)}\n`);
    mkdirSync(path.dirname(RESULTS), { recursive: true });
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`Written to ${path.relative(ROOT_DIR, RESULTS)}`);
  } finally {
    await platform.stop();
  }
}

runCommand(main, USAGE);
