import type { TCreditBlock } from '../contract';
import {
  capMonthsToDays,
  creditCentsAt,
  daysInclusive,
  lineCentsAt,
  type Accrual,
  type ValuedLine,
} from './credit-lines';

/**
 * How a credit line accrues, against hand-computed figures: a pro-rata line earns
 * annual × min(hours, full time) × days / (full time × 365), rounded down to the cent, where days run
 * from the start to the end (or the day asked about), both counted, up to the cap.
 */

type ProRata = Extract<Accrual, { kind: 'pro_rata' }>;

function proRata(block: TCreditBlock, accrual: Omit<ProRata, 'kind' | 'fullTimeHours'>): ValuedLine {
  return { block, accrual: { kind: 'pro_rata', fullTimeHours: 36, ...accrual }, params: {} };
}

function once(date: string, cents: number): ValuedLine {
  return { block: 'bonus', accrual: { kind: 'once', date, cents }, params: {} };
}

const YEAR_2025 = { startDate: '2025-01-01', endDate: '2025-12-31' };

describe('a pro-rata line earns by hours and days, up to its cap', () => {
  it.each<[string, ValuedLine, string, number]>([
    [
      // 4 000 000 × 24 × 365 / (36 × 365) = 2 666 666.67
      'Oost-NL Participatiewet ≥ 2 y, 24 h of 36, 365 days',
      proRata('employment', { ...YEAR_2025, annualCents: 4_000_000, hoursPerWeek: 24, capDays: 365 }),
      '2026-06-30',
      2_666_666,
    ],
    [
      // 10 days so far (1–10 Jan). 3 000 000 × 36 × 10 / (36 × 365) = 82 191.78
      'Oost-NL Participatiewet < 2 y, full time, running, asked on day 10',
      proRata('employment', { ...YEAR_2025, annualCents: 3_000_000, hoursPerWeek: 36, capDays: 365 }),
      '2025-01-10',
      82_191,
    ],
    [
      // 730 days worked, capped at 365 (12 months). 1 500 000 × 36 × 365 / (36 × 365)
      'Oost-NL WW ≥ 1 y, two years worked, 12-month cap',
      proRata('employment', {
        startDate: '2025-01-01',
        endDate: '2026-12-31',
        annualCents: 1_500_000,
        hoursPerWeek: 36,
        capDays: capMonthsToDays(12),
      }),
      '2030-01-01',
      1_500_000,
    ],
    [
      // 1 095 days worked, capped at 730 (24 months). 5 000 000 × 36 × 730 / (36 × 365)
      'Haaglanden banenafspraak, three years worked, 24-month cap',
      proRata('employment', {
        startDate: '2025-01-01',
        endDate: '2027-12-31',
        annualCents: 5_000_000,
        hoursPerWeek: 36,
        capDays: capMonthsToDays(24),
      }),
      '2030-01-01',
      10_000_000,
    ],
    [
      // No cap: 1 095 days. 1 000 000 × 36 × 1 095 / (36 × 365)
      'Utrecht NUG without a cap, three years worked',
      proRata('employment', {
        startDate: '2025-01-01',
        endDate: '2027-12-31',
        annualCents: 1_000_000,
        hoursPerWeek: 36,
        capDays: null,
      }),
      '2030-01-01',
      3_000_000,
    ],
    [
      // 40 h counts as 36. 500 000 × 36 × 365 / (36 × 365)
      'Haaglanden NUG, 40 h (above full time), 365 days',
      proRata('employment', { ...YEAR_2025, annualCents: 500_000, hoursPerWeek: 40, capDays: 365 }),
      '2026-01-01',
      500_000,
    ],
    [
      // 1–10 Mar: 10 days. 1 000 000 × 20 × 10 / (36 × 365) = 200 000 000 / 13 140 = 15 220.70
      'Utrecht NUG, 20 h, 10 days',
      proRata('employment', {
        startDate: '2025-03-01',
        endDate: '2025-03-10',
        annualCents: 1_000_000,
        hoursPerWeek: 20,
        capDays: 365,
      }),
      '2025-12-31',
      15_220,
    ],
    [
      // 2024 is a leap year: 366 days, capped at 365. 4 000 000 × 36 × 365 / (36 × 365)
      'Utrecht Participatiewet, the leap year 2024, 12-month cap',
      proRata('employment', {
        startDate: '2024-01-01',
        endDate: '2024-12-31',
        annualCents: 4_000_000,
        hoursPerWeek: 36,
        capDays: 365,
      }),
      '2025-06-30',
      4_000_000,
    ],
    [
      // A €750 trial month is 900 000 a year. 1 Jan–28 Feb: 59 days. 900 000 × 59 / 365 = 145 479.45
      'Oost-NL trial, 59 days',
      proRata('trial', {
        startDate: '2025-01-01',
        endDate: '2025-02-28',
        annualCents: 900_000,
        hoursPerWeek: 36,
        capDays: null,
      }),
      '2025-06-30',
      145_479,
    ],
    [
      // The first day counts: 1 day. 900 000 / 365 = 2 465.75
      'Oost-NL work-experience place, on its first day',
      proRata('work_experience', {
        startDate: '2025-01-01',
        endDate: null,
        annualCents: 900_000,
        hoursPerWeek: 36,
        capDays: null,
      }),
      '2025-01-01',
      2_465,
    ],
    [
      'Any line, asked about the day before it starts',
      proRata('employment', { ...YEAR_2025, annualCents: 4_000_000, hoursPerWeek: 36, capDays: 365 }),
      '2024-12-31',
      0,
    ],
  ])('%s', (_name, line, asOf, cents) => {
    expect(lineCentsAt(line, asOf)).toBe(cents);
  });
});

describe('a one-off line counts whole from its date', () => {
  it.each([
    ['2025-02-28', 0],
    ['2025-03-01', 1_000_000],
    ['2031-01-01', 1_000_000],
  ])('on %s: %i cents', (asOf, cents) => {
    expect(lineCentsAt(once('2025-03-01', 1_000_000), asOf)).toBe(cents);
  });
});

describe('no floating-point drift', () => {
  // A third of an odd amount: 100 001 × 12 × 365 / (36 × 365) = 33 333.67 → 33 333 per line.
  const third = proRata('employment', { ...YEAR_2025, annualCents: 100_001, hoursPerWeek: 12, capDays: 365 });

  it('when three lines each earn a third of an odd amount, then each is rounded down and the sum is exact', () => {
    expect(lineCentsAt(third, '2026-01-01')).toBe(33_333);
    // 3 × 33 333, not the 100 001 that summing unrounded thirds would give.
    expect(creditCentsAt([third, third, third], '2026-01-01')).toBe(99_999);
  });

  it('when many small lines add up, then the total is a whole number of cents', () => {
    // 1 000 one-off lines of 10 cents: 10 000 cents exactly (0.1 € × 1 000 in floating point is not 100).
    const lines = Array.from({ length: 1000 }, () => once('2025-01-01', 10));
    expect(creditCentsAt(lines, '2025-01-01')).toBe(10_000);
  });

  it('when the figures are at their largest, then the product is still exact', () => {
    // 1 000 000 000 × 35 × 3 652 / (36 × 365) = 127 820 000 000 000 / 13 140 = 9 727 549 467.27
    const line = proRata('employment', {
      startDate: '2025-01-01',
      endDate: '2034-12-31',
      annualCents: 1_000_000_000,
      hoursPerWeek: 35,
      capDays: null,
    });
    expect(lineCentsAt(line, '2035-01-01')).toBe(9_727_549_467);
  });

  it('when a credit is asked for, then it is always an integer', () => {
    const lines = [third, once('2025-06-01', 1_000_000), third];
    for (const asOf of ['2025-01-01', '2025-02-14', '2025-06-01', '2025-09-30', '2026-01-01'])
      expect(Number.isInteger(creditCentsAt(lines, asOf))).toBe(true);
  });
});

describe('calendar arithmetic', () => {
  it.each([
    ['2025-01-01', '2025-01-01', 1],
    ['2025-01-01', '2025-12-31', 365],
    ['2024-01-01', '2024-12-31', 366],
    ['2025-02-01', '2025-03-01', 29],
    ['2025-03-30', '2025-03-31', 2],
  ])('from %s to %s, both counted, is %i days', (start, end, days) => {
    expect(daysInclusive(start, end)).toBe(days);
  });

  it.each([
    [1, 30],
    [6, 183],
    [12, 365],
    [24, 730],
  ])('a cap of %i months is %i days', (months, days) => {
    expect(capMonthsToDays(months)).toBe(days);
  });
});
