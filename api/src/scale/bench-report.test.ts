import { formatBenchTable, type BenchResults } from './bench-report';

const latency = { count: 200, p50: 12.3, p95: 40.1, max: 80, mean: 15 };
const results: BenchResults = {
  measuredAt: '2026-11-22T05:00:00.000Z',
  machine: { cpus: 2, cpuModel: 'Test CPU', memoryGb: 8, node: '20.19.0', platform: 'linux' },
  loadAverage: { start: 0.5, end: 1.25 },
  database: 'ferretdb',
  engine: 'embedded (MiniSearch)',
  data: {
    candidates: 100_000,
    places: 10_000,
    contractors: 200,
    openPlaces: 7500,
    seed: 2026,
    records: { matches: 48_000, credits: 5200 },
  },
  indexBuild: { startSearchMs: 90_000, indexes: [{ index: 'candidates', documents: 100_000, ms: 80_000 }] },
  memory: {
    beforeIndex: { rssMb: 200, heapUsedMb: 100 },
    afterIndex: { rssMb: 900, heapUsedMb: 700 },
    peakRssMb: 1100,
    phases: [
      { phase: 'index build', rssMb: 900, heapUsedMb: 700, heapTotalMb: 760, externalMb: 20 },
      { phase: 'under load: search', rssMb: 1100, heapUsedMb: 720, heapTotalMb: 800, externalMb: 30 },
    ],
    processMaxRssMb: 1900,
  },
  proposals: { ...latency, errors: 0, meanProposals: 10 },
  breakdown: { 'engine: place words (any)': latency },
  search: { ...latency, p95: 31, errors: 0, slowest: [{ q: 's', p50: 25, hits: 9000 }] },
  load: [
    {
      endpoint: 'GET /api/candidates/search?q=…',
      connections: 10,
      seconds: 10,
      rounds: [480, 620, 655],
      requests: 17_550,
      requestsPerSecond: 620,
      p50Ms: 14,
      p99Ms: 48,
      errors: 0,
    },
  ],
  sroi: { contracts: 200, inProcess: latency, http: { ...latency, errors: 0 } },
  naive: {
    places: 3,
    meanMs: 40_100,
    candidatesLoaded: 100_300,
    ratioToProposalsP95: 1000,
    overlapAt10: 0.9,
  },
  targets: {
    proposalsP95Ms: 50,
    searchP95Ms: 30,
    searchRequestsPerSecond: 500,
    peakRssMb: 1536,
    proposalsMet: true,
    searchMet: false,
    searchThroughputMet: true,
    memoryMet: true,
  },
};

describe('benchmark table', () => {
  it('when targets are met or missed, then the table says which', () => {
    const table = formatBenchTable(results);
    expect(table).toMatch(/POST \/api\/places\/:id\/proposals\s+200\s+12\.3 ms\s+40\.1 ms.*p95 < 50 ms: met/);
    expect(table).toMatch(/GET \/api\/candidates\/search\?q=….*31\.0 ms.*p95 < 30 ms: MISSED/);
    expect(table).toContain('100,000 candidates, 10,000 places (7,500 open)');
    expect(table).toContain('load average 0.5 → 1.3');
    expect(table).toContain('records: matches 48,000, credits 5,200');
    expect(table).toContain(
      'mean 40100.0 ms = 1000× the proposals p95; top-10 overlap with the endpoint 90 %',
    );
    expect(table).toContain('"s" 25.0 ms (9000 hits)');
    expect(table).toMatch(
      /GET \/api\/candidates\/search\?q=…\s+10\s+3×10\s+17550\s+620 \(480, 620, 655\)\s+14\.0 ms\s+48\.0 ms\s+0\s+≥ 500 req\/s, 0 errors: met/,
    );
    expect(table).toContain('API peak RSS 1100 MB (< 1536 MB: met)');
    expect(table).toContain('index build 900 / 700 / 760 / 20; under load: search 1100 / 720 / 800 / 30');
    expect(table).toMatch(/SROI summary of the region \(in-process\)\s+200\s+12\.3 ms/);
  });

  it('when no naive baseline ran, then it is left out', () => {
    expect(formatBenchTable({ ...results, naive: null })).not.toContain('naive');
  });
});
