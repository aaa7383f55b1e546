import { computeObligationCents } from './obligation';

describe('computeObligationCents', () => {
  it.each([
    // [value in cents, basis points, obligation in cents, why]
    [100_000_000, 500, 5_000_000, '€1M at 5 % is €50,000'],
    [100_000_000, 250, 2_500_000, '€1M at 2.5 % is €25,000'],
    [123_456_789, 300, 3_703_704, '€1,234,567.89 at 3 % is 3,703,703.67 cents, rounded up'],
    [10, 500, 1, 'half a cent (0.5) rounds up'],
    [9, 500, 0, '0.45 cent rounds down'],
    [30, 500, 2, '1.5 cents rounds up to 2'],
    [50, 100, 1, 'exactly half rounds up (0.5 → 1)'],
    [49, 100, 0, 'just below half rounds down'],
    [1, 10_000, 1, '100 % of one cent is one cent'],
    [1, 1, 0, '0.01 % of one cent is nothing'],
    [2_000_000_000, 255, 51_000_000, '€20M at 2.55 %'],
    [1_999_999_999, 1, 200_000, '€19,999,999.99 at 0.01 % is 199,999.9999 cents: rounds to nearest'],
    [0, 500, 0, 'no value, no obligation'],
    [Number.MAX_SAFE_INTEGER, 10_000, Number.MAX_SAFE_INTEGER, '100 % of the largest safe value is exact'],
    [Number.MAX_SAFE_INTEGER, 333, 299_939_735_182_875, 'products beyond 2^53 stay exact'],
    [
      9_007_199_254_740_985,
      5_000,
      4_503_599_627_370_493,
      'half of an odd huge value: the half cent rounds up',
    ],
    [90_071_992_547_409, 1_234, 11_114_883_880_350, '€900 billion at 12.34 %: .2706 cent rounds down'],
  ])('%i cents at %i bp is %i cents (%s)', (valueCents, basisPoints, expected) => {
    expect(computeObligationCents(valueCents, basisPoints)).toBe(expected);
  });

  it.each([
    [-1, 500],
    [1.5, 500],
    [Number.MAX_SAFE_INTEGER + 1, 500],
    [100, -1],
    [100, 10_001],
    [100, 2.5],
  ])('refuses %p cents at %p bp instead of guessing', (valueCents, basisPoints) => {
    expect(() => computeObligationCents(valueCents, basisPoints)).toThrow(RangeError);
  });
});
