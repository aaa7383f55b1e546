import type { Breakdown } from './bench-breakdown';
import type { LatencySummary } from './bench-stats';
import type { IndexBuild, MemoryFigures } from './bench-platform';
import type { LoadResult } from './bench-load';
import type { PhasePeak } from './memory-phases';

export const TARGETS = {
  proposalsP95Ms: 50,
  searchP95Ms: 30,
  searchRequestsPerSecond: 500,
  peakRssMb: 1536,
} as const;

export interface BenchResults {
  measuredAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; platform: string };
  /** 1-minute load average when measuring started and ended: other processes on the machine skew figures. */
  loadAverage: { start: number; end: number };
  database: string;
  engine: string;
  data: {
    candidates: number;
    places: number;
    contractors: number;
    openPlaces: number;
    seed: number;
    /** What else the region holds (matches, credits, efforts, notifications, reminders, users). */
    records: Record<string, number>;
  };
  indexBuild: { startSearchMs: number; indexes: IndexBuild[] };
  memory: {
    beforeIndex: MemoryFigures;
    afterIndex: MemoryFigures;
    /** Sampled every 100 ms from the API's start (index build) to the end of its requests. */
    peakRssMb: number;
    /** The peaks of each phase, to trace the peak RSS to the work that made it. */
    phases: PhasePeak[];
    /** The whole process's maximum, including data generation and the naive baseline (not the API). */
    processMaxRssMb: number;
  };
  proposals: LatencySummary & { errors: number; meanProposals: number };
  /** The parts of the work timed in-process (engine queries, MongoDB reads). */
  breakdown: Breakdown;
  search: LatencySummary & { errors: number; slowest: Array<{ q: string; p50: number; hits: number }> };
  load: LoadResult[];
  sroi: { contracts: number; inProcess: LatencySummary; http: LatencySummary & { errors: number } };
  naive: {
    places: number;
    meanMs: number;
    candidatesLoaded: number;
    ratioToProposalsP95: number;
    overlapAt10: number;
  } | null;
  targets: typeof TARGETS & {
    proposalsMet: boolean;
    searchMet: boolean;
    searchThroughputMet: boolean;
    memoryMet: boolean;
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const pad = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => cell.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

/** The table printed at the end of `npm run bench`. */
export function formatBenchTable(r: BenchResults): string {
  const met = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const rows = [
    ['measure', 'n', 'p50', 'p95', 'max', 'mean', 'target'],
    [
      'POST /api/places/:id/proposals',
      String(r.proposals.count),
      ms(r.proposals.p50),
      ms(r.proposals.p95),
      ms(r.proposals.max),
      ms(r.proposals.mean),
      `p95 < ${r.targets.proposalsP95Ms} ms: ${met(r.targets.proposalsMet)}`,
    ],
    [
      'GET /api/candidates/search?q=…',
      String(r.search.count),
      ms(r.search.p50),
      ms(r.search.p95),
      ms(r.search.max),
      ms(r.search.mean),
      `p95 < ${r.targets.searchP95Ms} ms: ${met(r.targets.searchMet)}`,
    ],
  ];
  for (const [part, t] of Object.entries(r.breakdown)) {
    rows.push([`  ${part}`, String(t.count), ms(t.p50), ms(t.p95), ms(t.max), ms(t.mean), '']);
  }
  rows.push(
    [
      'SROI summary of the region (in-process)',
      String(r.sroi.inProcess.count),
      ms(r.sroi.inProcess.p50),
      ms(r.sroi.inProcess.p95),
      ms(r.sroi.inProcess.max),
      ms(r.sroi.inProcess.mean),
      '',
    ],
    [
      'GET /api/reports/summary',
      String(r.sroi.http.count),
      ms(r.sroi.http.p50),
      ms(r.sroi.http.p95),
      ms(r.sroi.http.max),
      ms(r.sroi.http.mean),
      '',
    ],
  );
  if (r.naive) {
    rows.push(['naive: load all + score in JS', String(r.naive.places), '', '', '', ms(r.naive.meanMs), '']);
  }
  const loadRows = [
    [
      'under load (autocannon)',
      'connections',
      's',
      'requests',
      'req/s (rounds)',
      'p50',
      'p99',
      'errors',
      'target',
    ],
    ...r.load.map((l) => [
      l.endpoint,
      String(l.connections),
      `${l.rounds.length}×${l.seconds}`,
      String(l.requests),
      `${l.requestsPerSecond.toFixed(0)} (${l.rounds.map((x) => x.toFixed(0)).join(', ')})`,
      ms(l.p50Ms),
      ms(l.p99Ms),
      String(l.errors),
      l.endpoint.includes('search')
        ? `≥ ${r.targets.searchRequestsPerSecond} req/s, 0 errors: ${met(r.targets.searchThroughputMet)}`
        : '',
    ]),
  ];
  const lines = [
    `Kansplek benchmark ${r.measuredAt} — ${r.data.candidates.toLocaleString('en-US')} candidates, ` +
      `${r.data.places.toLocaleString('en-US')} places (${r.data.openPlaces.toLocaleString('en-US')} open), ` +
      `${r.database}, ${r.engine} search, ${r.machine.cpus}× ${r.machine.cpuModel}, Node ${r.machine.node}, ` +
      `load average ${r.loadAverage.start.toFixed(1)} → ${r.loadAverage.end.toFixed(1)}`,
    '',
    pad(rows),
    '',
    pad(loadRows),
    '',
    `index build (API start): ${(r.indexBuild.startSearchMs / 1000).toFixed(1)} s — ` +
      r.indexBuild.indexes
        .map(
          (i) =>
            `${i.index} ${i.documents} docs in ${(i.ms / 1000).toFixed(1)} s ` +
            `(${Math.round(i.documents / Math.max(0.001, i.ms / 1000)).toLocaleString('en-US')} docs/s)`,
        )
        .join(', '),
    `memory: before indexing RSS ${r.memory.beforeIndex.rssMb} MB, heap ${r.memory.beforeIndex.heapUsedMb} MB; ` +
      `after RSS ${r.memory.afterIndex.rssMb} MB, heap ${r.memory.afterIndex.heapUsedMb} MB; ` +
      `API peak RSS ${r.memory.peakRssMb} MB (< ${r.targets.peakRssMb} MB: ${met(r.targets.memoryMet)}); ` +
      `bench process max ${r.memory.processMaxRssMb} MB (with data generation and the baseline)`,
    `peak memory by phase (RSS / heap used / heap total / external, MB): ` +
      r.memory.phases
        .map((p) => `${p.phase} ${p.rssMb} / ${p.heapUsedMb} / ${p.heapTotalMb} / ${p.externalMb}`)
        .join('; '),
    `records: ${Object.entries(r.data.records)
      .map(([name, n]) => `${name} ${n.toLocaleString('en-US')}`)
      .join(', ')}`,
    `SROI summary covers ${r.sroi.contracts} contracts; ${r.sroi.http.errors} errors`,
    `proposals: ${r.proposals.errors} errors, ${r.proposals.meanProposals.toFixed(1)} proposals per place on average`,
    `search: ${r.search.errors} errors; slowest queries (p50): ` +
      r.search.slowest.map((s) => `"${s.q}" ${ms(s.p50)} (${s.hits} hits)`).join(', '),
  ];
  if (r.naive) {
    lines.push(
      `naive baseline: ${r.naive.candidatesLoaded.toLocaleString('en-US')} candidates loaded per place, ` +
        `mean ${ms(r.naive.meanMs)} = ${r.naive.ratioToProposalsP95.toFixed(0)}× the proposals p95; ` +
        `top-10 overlap with the endpoint ${(r.naive.overlapAt10 * 100).toFixed(0)} %`,
    );
  }
  return lines.join('\n');
}
