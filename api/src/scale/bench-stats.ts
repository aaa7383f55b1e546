export interface LatencySummary {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Nearest-rank percentile (the value at or below which p % of the samples lie). */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** p50, p95, max and mean in milliseconds, rounded to 0.1 ms. */
export function summarize(samples: number[]): LatencySummary {
  return {
    count: samples.length,
    p50: round1(percentile(samples, 50)),
    p95: round1(percentile(samples, 95)),
    max: round1(Math.max(...samples)),
    mean: round1(samples.reduce((sum, s) => sum + s, 0) / Math.max(1, samples.length)),
  };
}

/** A deterministic pseudo-random pick of `count` items (mulberry32), so every run measures the same ones. */
export function pickSample<T>(items: T[], count: number, seed: number): T[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length)
    picked.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return picked;
}

/** The prefixes someone types on the way to `word`: "s", "sc", "sch", … */
export function typedPrefixes(word: string, from = 1): string[] {
  return Array.from({ length: Math.max(0, word.length - from + 1) }, (_, i) => word.slice(0, from + i));
}
