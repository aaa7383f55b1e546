import type { TRuleSetPreset } from '../contract';
import { creditCentsAt } from './credit-lines';
import { presetValues } from './rule-set-presets';
import { effortLines, shareOf, type EffortFacts } from './value-effort';

/**
 * Accepted efforts valued by the three presets against hand-computed figures: a share in basis points
 * of the amount (10 000 is all of it), or hours × the hourly value; rounded down to the cent.
 */

const DATE = '2025-05-01';

function effort(overrides: Partial<EffortFacts>): EffortFacts {
  return { kind: 'social_purchase', date: DATE, amountCents: null, hours: null, ...overrides };
}

describe('efforts under each preset', () => {
  it.each<[string, TRuleSetPreset, EffortFacts, number]>([
    [
      // 1 234 567 × 10 000 / 10 000: the invoice excluding VAT in full
      'Utrecht purchase at a social enterprise, €12,345.67 excl. VAT',
      'utrecht',
      effort({ kind: 'social_purchase', amountCents: 1_234_567 }),
      1_234_567,
    ],
    [
      'Oost-NL purchase at a social enterprise: not valued',
      'oost_nederland',
      effort({ kind: 'social_purchase', amountCents: 1_234_567 }),
      0,
    ],
    [
      'Haaglanden purchase at a social enterprise: not valued',
      'haaglanden',
      effort({ kind: 'social_purchase', amountCents: 1_234_567 }),
      0,
    ],
    [
      // 37 h × 10 000
      'Utrecht volunteering, 37 hours at €100',
      'utrecht',
      effort({ kind: 'volunteering', hours: 37 }),
      370_000,
    ],
    ['Oost-NL volunteering: not valued', 'oost_nederland', effort({ kind: 'volunteering', hours: 37 }), 0],
    ['Haaglanden volunteering: not valued', 'haaglanden', effort({ kind: 'volunteering', hours: 37 }), 0],
    // Project contributions and practical support count at what they cost in every preset.
    [
      'Oost-NL project contribution, €2,500',
      'oost_nederland',
      effort({ kind: 'project_contribution', amountCents: 250_000 }),
      250_000,
    ],
    [
      'Haaglanden project contribution, €2,500',
      'haaglanden',
      effort({ kind: 'project_contribution', amountCents: 250_000 }),
      250_000,
    ],
    [
      'Utrecht project contribution, €2,500',
      'utrecht',
      effort({ kind: 'project_contribution', amountCents: 250_000 }),
      250_000,
    ],
    [
      'Oost-NL practical support (driving lessons), €1,234.57',
      'oost_nederland',
      effort({ kind: 'practical_support', amountCents: 123_457 }),
      123_457,
    ],
    [
      'Haaglanden practical support, €1,234.57',
      'haaglanden',
      effort({ kind: 'practical_support', amountCents: 123_457 }),
      123_457,
    ],
    [
      'Utrecht practical support, €1,234.57',
      'utrecht',
      effort({ kind: 'practical_support', amountCents: 123_457 }),
      123_457,
    ],
    [
      'Utrecht purchase without an amount: nothing to value',
      'utrecht',
      effort({ kind: 'social_purchase', amountCents: null }),
      0,
    ],
    [
      'Utrecht volunteering without hours: nothing to value',
      'utrecht',
      effort({ kind: 'volunteering', hours: null }),
      0,
    ],
  ])('%s (%s)', (_name, preset, facts, cents) => {
    const lines = effortLines(presetValues(preset), facts);
    expect(lines).toHaveLength(cents === 0 ? 0 : 1);
    expect(creditCentsAt(lines, DATE)).toBe(cents);
  });

  it('when an effort is valued, then it counts whole from its date and not before', () => {
    const lines = effortLines(presetValues('utrecht'), effort({ kind: 'volunteering', hours: 8 }));
    expect(lines).toEqual([
      {
        block: 'volunteering',
        accrual: { kind: 'once', date: DATE, cents: 80_000 },
        params: { hours: 8, hourCents: 10_000 },
      },
    ]);
    expect(creditCentsAt(lines, '2025-04-30')).toBe(0);
  });

  it('when a region counts a share of a purchase, then the line says which share', () => {
    const values = { ...presetValues('utrecht'), socialPurchaseBasisPoints: 3_000 };
    // 1 234 567 × 3 000 / 10 000 = 370 370.1
    expect(effortLines(values, effort({ amountCents: 1_234_567 }))).toEqual([
      {
        block: 'social_purchase',
        accrual: { kind: 'once', date: DATE, cents: 370_370 },
        params: { amountCents: 1_234_567, basisPoints: 3_000 },
      },
    ]);
  });
});

describe('a share of an amount, in whole cents', () => {
  it.each([
    // 100 001 × 3 333 / 10 000 = 33 330.33
    [100_001, 3_333, 33_330],
    // 1 × 3 333 / 10 000 = 0.33
    [1, 3_333, 0],
    // 10 000 001 × 1 / 10 000 = 1 000.0001
    [10_000_001, 1, 1_000],
    // 999 999 999 × 9 999 / 10 000 = 999 899 999.0001
    [999_999_999, 9_999, 999_899_999],
    // 100 × 0.29 is 28.999… in floating point (rounded down: 28); in integers 100 × 2 900 / 10 000 = 29
    [100, 2_900, 29],
    [123_457, 10_000, 123_457],
    [123_457, 0, 0],
  ])('%i cents at %i basis points is %i cents', (amount, basisPoints, cents) => {
    expect(shareOf(amount, basisPoints)).toBe(cents);
  });
});
