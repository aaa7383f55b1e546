import { percentile, pickSample, summarize, typedPrefixes } from './bench-stats';

describe('benchmark statistics', () => {
  const samples = Array.from({ length: 100 }, (_, i) => i + 1);

  it.each([
    [50, 50],
    [95, 95],
    [100, 100],
    [0, 1],
  ])('when the %d-th percentile of 1…100 is taken, then it is %d', (p, expected) => {
    expect(percentile(samples, p)).toBe(expected);
  });

  it('when samples are unsorted, then the summary still ranks them', () => {
    expect(summarize([30, 10, 20, 40.04])).toEqual({ count: 4, p50: 20, p95: 40, max: 40, mean: 25 });
  });

  it('when a sample is picked twice with one seed, then it is the same and holds no duplicates', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `p${i}`);
    const a = pickSample(items, 200, 7);
    expect(pickSample(items, 200, 7)).toEqual(a);
    expect(new Set(a).size).toBe(200);
    expect(pickSample(items, 200, 8)).not.toEqual(a);
    expect(pickSample(['x'], 5, 1)).toEqual(['x']);
  });

  it('when a word is typed, then every prefix is searched', () => {
    expect(typedPrefixes('schoon')).toEqual(['s', 'sc', 'sch', 'scho', 'schoo', 'schoon']);
    expect(typedPrefixes('abc', 2)).toEqual(['ab', 'abc']);
  });
});
