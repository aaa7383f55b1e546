import { forecastContract, inFinalQuarter } from './forecast';

// A contract running all of 2026 (365 days) with an obligation of €100,000.
const year = { obligationCents: 10_000_000, startDate: '2026-01-01', deadline: '2026-12-31' };

describe('forecastContract', () => {
  it.each([
    // today, realised, status, projected, expected to date
    ['2025-12-01', 0, 'not_started', 0, 0],
    // Before the start an already met obligation is met (an effort dated early).
    ['2025-12-01', 10_000_000, 'fulfilled', 10_000_000, 0],
    // Day 1 of 365 with nothing yet: behind, and 1/365 expected (27 397.26 → 27 397 cents).
    ['2026-01-01', 0, 'behind', 0, 27_397],
    // Halfway (2 July is day 183): 50 000 realised projects 50 000 × 365 / 183 = 99 726.77 → behind.
    ['2026-07-02', 5_000_000, 'behind', 9_972_677, 5_013_698],
    // The same credit a day earlier (day 182) projects 100 274.72: on track.
    ['2026-07-01', 5_000_000, 'on_track', 10_027_472, 4_986_301],
    // Met before the deadline is fulfilled, whatever the pace (1 March is day 60: 60/365 expected).
    ['2026-03-01', 10_000_000, 'fulfilled', 10_000_000, 1_643_835],
    // The deadline day itself still counts.
    ['2026-12-31', 9_999_999, 'behind', 9_999_999, 10_000_000],
    ['2027-01-01', 9_999_999, 'missed', 9_999_999, 10_000_000],
    ['2027-01-01', 10_000_000, 'fulfilled', 10_000_000, 10_000_000],
  ])(
    'on %s with %i cents realised, then %s (projected %i, expected %i)',
    (today, realised, status, projected, expected) => {
      expect(forecastContract({ ...year, today, realisedCents: realised })).toEqual({
        status,
        projectedCents: projected,
        expectedToDateCents: expected,
      });
    },
  );

  it('when start and deadline are the same day, then one day is the whole term', () => {
    expect(
      forecastContract({
        obligationCents: 100,
        realisedCents: 50,
        startDate: '2026-05-05',
        deadline: '2026-05-05',
        today: '2026-05-05',
      }),
    ).toEqual({ status: 'behind', projectedCents: 50, expectedToDateCents: 100 });
  });

  it('when the amounts are large, then integer arithmetic keeps them exact', () => {
    const result = forecastContract({
      obligationCents: 9_007_199_254_740,
      realisedCents: 3_000_000_000_001,
      startDate: '2026-01-01',
      deadline: '2026-12-31',
      today: '2026-04-30',
    });
    // 3 000 000 000 001 × 365 / 120 = 9 125 000 000 003.04…
    expect(result.projectedCents).toBe(9_125_000_000_003);
    expect(result.status).toBe('on_track');
  });
});

describe('inFinalQuarter', () => {
  it.each([
    ['2026-12-31', '2026-09-30', true],
    ['2026-12-31', '2026-09-29', false],
    ['2026-12-31', '2026-12-31', true],
    ['2026-12-31', '2027-01-01', false],
    // Three months before 31 May is 28 February (the month has no 31st).
    ['2027-05-31', '2027-02-28', true],
    ['2027-05-31', '2027-02-27', false],
  ])('deadline %s, today %s: %s', (deadline, today, expected) => {
    expect(inFinalQuarter(deadline, today)).toBe(expected);
  });
});
