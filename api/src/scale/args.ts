import { UsageError, parseFlags, wholeNumber } from '../command-line';

export interface ScaleArgs {
  candidates: number;
  places: number;
  seed: number;
  batchSize: number;
}

/** `npm run seed -- --candidates N --places M [--seed S] [--batch-size B]`; no flags means the demo only. */
export function parseScaleArgs(argv: string[]): ScaleArgs | undefined {
  const flags = parseFlags(argv, ['candidates', 'places', 'seed', 'batch-size']);
  if (!Object.keys(flags).length) return undefined;
  const last = (name: string) => flags[name]?.at(-1);
  return {
    candidates: wholeNumber('candidates', last('candidates'), 0, 5_000_000) ?? 0,
    places: wholeNumber('places', last('places'), 0, 1_000_000) ?? 0,
    seed: wholeNumber('seed', last('seed'), 0, 2 ** 31 - 1) ?? 2026,
    batchSize: wholeNumber('batch-size', last('batch-size'), 1, 10_000) ?? 1000,
  };
}

export const INDEX_NAMES = ['candidates', 'places'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

/** `npm run reindex [-- --index candidates]`: which indexes to rebuild (both by default). */
export function parseReindexArgs(argv: string[]): { indexes: IndexName[] } {
  const flags = parseFlags(argv, ['index']);
  const asked = (flags.index ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const name of asked) {
    if (!INDEX_NAMES.includes(name as IndexName)) {
      throw new UsageError(`--index must be one of ${INDEX_NAMES.join(', ')} (got "${name}")`);
    }
  }
  return { indexes: asked.length ? INDEX_NAMES.filter((n) => asked.includes(n)) : [...INDEX_NAMES] };
}

/** The two standard sizes: `small` (10k candidates, 1k places; quick) and `large` (100k, 10k: the targets). */
export const BENCH_SIZES = {
  small: { candidates: 10_000, places: 1_000 },
  large: { candidates: 100_000, places: 10_000 },
} as const;
export type BenchSize = keyof typeof BENCH_SIZES;

export interface BenchArgs {
  size: BenchSize;
  candidates: number;
  places: number;
  proposals: number;
  naivePlaces: number;
  searchRounds: number;
  // How long each throughput round (autocannon) lasts, and how many rounds per endpoint (the median counts).
  loadSeconds: number;
  loadRounds: number;
  seed: number;
}

/**
 * `npm run bench [-- --size small|large --candidates N --places M --proposals P --naive-places K
 * --search-rounds R --load-seconds S --load-rounds L]`; `--candidates` and `--places` override the size's counts.
 */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const flags = parseFlags(argv, [
    'size',
    'load-seconds',
    'load-rounds',
    'candidates',
    'places',
    'proposals',
    'naive-places',
    'search-rounds',
    'seed',
  ]);
  const last = (name: string) => flags[name]?.at(-1);
  const size = (last('size') ?? 'small') as BenchSize;
  if (!(size in BENCH_SIZES)) throw new UsageError(`--size must be small or large (got "${size}")`);
  return {
    size,
    candidates: wholeNumber('candidates', last('candidates'), 1, 5_000_000) ?? BENCH_SIZES[size].candidates,
    places: wholeNumber('places', last('places'), 1, 1_000_000) ?? BENCH_SIZES[size].places,
    loadSeconds: wholeNumber('load-seconds', last('load-seconds'), 1, 600) ?? 10,
    loadRounds: wholeNumber('load-rounds', last('load-rounds'), 1, 9) ?? 3,
    proposals: wholeNumber('proposals', last('proposals'), 1, 10_000) ?? 200,
    naivePlaces: wholeNumber('naive-places', last('naive-places'), 0, 100) ?? 3,
    searchRounds: wholeNumber('search-rounds', last('search-rounds'), 1, 1000) ?? 5,
    seed: wholeNumber('seed', last('seed'), 0, 2 ** 31 - 1) ?? 2026,
  };
}
