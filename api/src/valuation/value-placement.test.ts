import type { TRuleSetPreset, TRuleSetValues, TTargetGroup } from '../contract';
import { creditCentsAt } from './credit-lines';
import { presetValues } from './rule-set-presets';
import {
  employmentRuleFor,
  placementLines,
  wholeMonthsBetween,
  type PlacementFacts,
} from './value-placement';

/**
 * Placements valued by the three presets against hand-computed figures. Employment is
 * annual × min(hours, 36) × days / (36 × 365), rounded down to the cent; a cap of 12 months is 365
 * days, 24 months 730. Trial and work-experience months are €750 × 12 a year, full time.
 */

type EmploymentFacts = NonNullable<PlacementFacts['employment']>;

interface Case {
  targetGroups?: TTargetGroup[];
  benefitSince?: string | null;
  birthDate?: string | null;
  placeKind?: PlacementFacts['placeKind'];
  apprenticeshipLevel?: number | null;
  trial?: PlacementFacts['trial'];
  employment?: Partial<EmploymentFacts> | null;
}

// A year of full-time employment from 2025-01-01 unless a case says otherwise.
function facts(c: Case): PlacementFacts {
  return {
    placeKind: c.placeKind ?? 'job',
    apprenticeshipLevel: c.apprenticeshipLevel ?? null,
    candidate: {
      targetGroups: c.targetGroups ?? [],
      benefitSince: c.benefitSince ?? null,
      birthDate: c.birthDate ?? null,
    },
    trial: c.trial ?? null,
    employment:
      c.employment === null
        ? null
        : {
            startDate: '2025-01-01',
            endDate: '2025-12-31',
            contractType: 'temporary',
            hoursPerWeek: 36,
            ...c.employment,
          },
  };
}

const LATER = '2030-12-31';

function valueOf(preset: TRuleSetPreset | TRuleSetValues, c: Case, asOf = LATER) {
  const values = typeof preset === 'string' ? presetValues(preset) : preset;
  const lines = placementLines(values, facts(c));
  return { cents: creditCentsAt(lines, asOf), blocks: lines.map((line) => line.block) };
}

describe('employment by target group, benefit duration, hours, days and cap', () => {
  it.each<[string, TRuleSetPreset, Case, number]>([
    [
      // 4 000 000 × 24 × 365 / (36 × 365) = 2 666 666.67
      'Oost-NL Participatiewet ≥ 2 y (24 months), 24 h of 36, 365 days',
      'oost_nederland',
      { targetGroups: ['participatiewet'], benefitSince: '2023-01-01', employment: { hoursPerWeek: 24 } },
      2_666_666,
    ],
    [
      // 23 months on benefit: the < 2 y band. 3 000 000 × 36 × 365 / (36 × 365)
      'Oost-NL Participatiewet < 2 y (23 months), full time, 365 days',
      'oost_nederland',
      { targetGroups: ['participatiewet'], benefitSince: '2023-01-02' },
      3_000_000,
    ],
    [
      // No benefit date counts as 0 months: the < 2 y band. 3 000 000 × 18 × 365 / (36 × 365)
      'Oost-NL Participatiewet without a benefit date, 18 h, 365 days',
      'oost_nederland',
      { targetGroups: ['participatiewet'], employment: { hoursPerWeek: 18 } },
      1_500_000,
    ],
    [
      // 12 months on WW: the ≥ 1 y band; 730 days worked, capped at 365. 1 500 000 × 18 × 365 / (36 × 365)
      'Oost-NL WW ≥ 1 y, 18 h, two years worked, 12-month cap',
      'oost_nederland',
      {
        targetGroups: ['ww'],
        benefitSince: '2024-01-01',
        employment: { hoursPerWeek: 18, endDate: '2026-12-31' },
      },
      750_000,
    ],
    [
      // 11 months on WW: the < 1 y band; Jan–Jun 2025 is 181 days. 1 000 000 × 36 × 181 / 13 140 = 495 890.41
      'Oost-NL WW < 1 y (11 months), full time, 181 days',
      'oost_nederland',
      { targetGroups: ['ww'], benefitSince: '2024-02-01', employment: { endDate: '2025-06-30' } },
      495_890,
    ],
    [
      // Running employment counts up to the day asked about: 10 days. 1 000 000 × 36 × 10 / 13 140 = 27 397.26
      'Oost-NL NUG, full time, still employed, 10 days so far',
      'oost_nederland',
      { targetGroups: ['nug'], employment: { endDate: null } },
      27_397,
    ],
    [
      // 1 095 days worked, capped at 730. 4 000 000 × 36 × 730 / (36 × 365)
      'Oost-NL banenafspraak, full time, three years worked, 24-month cap',
      'oost_nederland',
      { targetGroups: ['banenafspraak'], employment: { endDate: '2027-12-31' } },
      8_000_000,
    ],
    [
      // Both groups are worth 4 000 000: the longer cap (banenafspraak, 730 days) wins. 4 000 000 × 730 / 365
      'Oost-NL Participatiewet ≥ 2 y and banenafspraak, two years: counted once, in the longer cap',
      'oost_nederland',
      {
        targetGroups: ['participatiewet', 'banenafspraak'],
        benefitSince: '2020-01-01',
        employment: { endDate: '2026-12-31' },
      },
      8_000_000,
    ],
    [
      // No duration bands in Haaglanden. 4 000 000 × 32 × 365 / (36 × 365) = 3 555 555.56
      'Haaglanden Participatiewet, 2 months on benefit, 32 h, 365 days',
      'haaglanden',
      { targetGroups: ['participatiewet'], benefitSince: '2024-11-01', employment: { hoursPerWeek: 32 } },
      3_555_555,
    ],
    [
      // 40 h counts as 36; 800 days capped at 730. 5 000 000 × 36 × 730 / (36 × 365)
      'Haaglanden banenafspraak, 40 h (above full time), 800 days, 24-month cap',
      'haaglanden',
      { targetGroups: ['banenafspraak'], employment: { hoursPerWeek: 40, endDate: '2027-03-11' } },
      10_000_000,
    ],
    [
      // 1 Jan–10 Apr 2025 is 100 days. 2 000 000 × 20 × 100 / 13 140 = 304 414.00
      'Haaglanden WW, 20 h, 100 days',
      'haaglanden',
      { targetGroups: ['ww'], employment: { hoursPerWeek: 20, endDate: '2025-04-10' } },
      304_414,
    ],
    [
      // 500 000 × 36 × 365 / (36 × 365)
      'Haaglanden NUG, full time, 365 days',
      'haaglanden',
      { targetGroups: ['nug'] },
      500_000,
    ],
    [
      // 4 000 000 × 12 × 365 / (36 × 365) = 1 333 333.33
      'Utrecht Participatiewet, 12 h, 365 days',
      'utrecht',
      { targetGroups: ['participatiewet'], employment: { hoursPerWeek: 12 } },
      1_333_333,
    ],
    [
      // 5 000 000 × 36 × 730 / (36 × 365)
      'Utrecht banenafspraak, full time, 730 days',
      'utrecht',
      { targetGroups: ['banenafspraak'], employment: { endDate: '2026-12-31' } },
      10_000_000,
    ],
    [
      // 1 Jan–14 Feb 2025 is 45 days. 1 000 000 × 30 × 45 / 13 140 = 102 739.73
      'Utrecht NUG, 30 h, 45 days',
      'utrecht',
      { targetGroups: ['nug'], employment: { hoursPerWeek: 30, endDate: '2025-02-14' } },
      102_739,
    ],
    [
      // Utrecht has no WW building block.
      'Utrecht WW: not valued',
      'utrecht',
      { targetGroups: ['ww'] },
      0,
    ],
    [
      // A regular hire is not social return.
      'Oost-NL, a candidate in no target group: not valued',
      'oost_nederland',
      { targetGroups: [] },
      0,
    ],
  ])('%s (%s)', (_name, preset, c, cents) => {
    const asOf = c.employment?.endDate === null ? '2025-01-10' : LATER;
    expect(valueOf(preset, c, asOf).cents).toBe(cents);
  });

  it('when a group is counted without a cap, then every day worked counts', () => {
    const values = presetValues('oost_nederland');
    values.employment = [
      { targetGroup: 'nug', minBenefitMonths: 0, annualValueCents: 1_000_000, capMonths: null },
    ];
    // 2025–2027 is 1 095 days, uncapped. 1 000 000 × 36 × 1 095 / (36 × 365)
    expect(valueOf(values, { targetGroups: ['nug'], employment: { endDate: '2027-12-31' } }).cents).toBe(
      3_000_000,
    );
  });

  it('when asked about a day before the employment starts, then it has earned nothing yet', () => {
    expect(valueOf('utrecht', { targetGroups: ['nug'] }, '2024-12-31').cents).toBe(0);
  });
});

describe('which employment rule applies', () => {
  const rules = presetValues('oost_nederland').employment;
  it.each<[string, TTargetGroup[], string | null, number | null, number | null]>([
    ['24 months on Participatiewet: the ≥ 2 y band', ['participatiewet'], '2023-03-15', 4_000_000, 12],
    ['23 months and 30 days: still the < 2 y band', ['participatiewet'], '2023-03-16', 3_000_000, 12],
    ['12 months on WW: the ≥ 1 y band', ['ww'], '2024-03-15', 1_500_000, 12],
    ['the group worth most: WW ≥ 1 y over NUG', ['nug', 'ww'], '2024-01-01', 1_500_000, 12],
    ['a tie in value: the longer cap', ['participatiewet', 'banenafspraak'], '2020-01-01', 4_000_000, 24],
    ['a group without a rule (Wajong)', ['wajong'], null, null, null],
  ])('%s', (_name, targetGroups, benefitSince, annualValueCents, capMonths) => {
    const rule = employmentRuleFor(rules, { targetGroups, benefitSince, birthDate: null }, '2025-03-15');
    expect(rule && { annualValueCents: rule.annualValueCents, capMonths: rule.capMonths }).toEqual(
      annualValueCents === null ? null : { annualValueCents, capMonths },
    );
  });

  it.each([
    ['2023-03-15', '2025-03-15', 24],
    ['2023-03-15', '2025-03-14', 23],
    ['2024-01-31', '2024-02-29', 0],
    ['2025-05-01', '2025-01-01', 0],
  ])('from %s to %s is %i whole months', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });
});

describe('bonuses on top of employment', () => {
  it.each<[string, TRuleSetPreset, Case, number, number]>([
    [
      // 55 on the day employment starts. 4 000 000 (a full-time year) + 1 000 000
      'Haaglanden 55+ by birth date',
      'haaglanden',
      { targetGroups: ['participatiewet'], birthDate: '1970-01-01' },
      5_000_000,
      1,
    ],
    [
      // 54 years and 364 days: no bonus. 4 000 000
      'Haaglanden 54 the day before the birthday',
      'haaglanden',
      { targetGroups: ['participatiewet'], birthDate: '1970-01-02' },
      4_000_000,
      0,
    ],
    [
      // Haaglanden has no 50+ bonus. 500 000
      'Haaglanden in the over_50 group, age unknown',
      'haaglanden',
      { targetGroups: ['nug', 'over_50'] },
      500_000,
      0,
    ],
    [
      // 1 000 000 (NUG year) + 1 000 000 (50+)
      'Utrecht 50+ by birth date',
      'utrecht',
      { targetGroups: ['nug'], birthDate: '1975-01-01' },
      2_000_000,
      1,
    ],
    [
      // 1 000 000 + 1 000 000 (50+ by group, no birth date)
      'Utrecht in the over_50 group',
      'utrecht',
      { targetGroups: ['nug', 'over_50'] },
      2_000_000,
      1,
    ],
    [
      // 4 000 000 + 1 000 000
      'Utrecht status holder',
      'utrecht',
      { targetGroups: ['participatiewet', 'status_holder'] },
      5_000_000,
      1,
    ],
    [
      // 1 000 000 + 1 000 000
      'Utrecht permanent contract',
      'utrecht',
      { targetGroups: ['nug'], employment: { contractType: 'permanent' } },
      2_000_000,
      1,
    ],
    [
      // 4 000 000 + 3 × 1 000 000
      'Utrecht 60, status holder, permanent: each bonus once',
      'utrecht',
      {
        targetGroups: ['participatiewet', 'status_holder'],
        birthDate: '1965-01-01',
        employment: { contractType: 'permanent' },
      },
      7_000_000,
      3,
    ],
    [
      // 12 h for 10 days earns 1 000 000 × 12 × 10 / 13 140 = 9 132.42; the bonus counts whole from the start.
      'Utrecht permanent, part time, 10 days so far: the bonus in full',
      'utrecht',
      { targetGroups: ['nug'], employment: { contractType: 'permanent', hoursPerWeek: 12, endDate: null } },
      1_009_132,
      1,
    ],
    [
      // Oost-Nederland has no bonuses. 3 000 000
      'Oost-NL 60, status holder, permanent: no bonus',
      'oost_nederland',
      {
        targetGroups: ['participatiewet', 'status_holder'],
        birthDate: '1965-01-01',
        employment: { contractType: 'permanent' },
      },
      3_000_000,
      0,
    ],
    [
      // The bonus is on top of a valued employment: Utrecht does not value WW, so nothing counts.
      'Utrecht WW, 60, permanent: no employment value, so no bonus either',
      'utrecht',
      { targetGroups: ['ww'], birthDate: '1965-01-01', employment: { contractType: 'permanent' } },
      0,
      0,
    ],
    [
      // A regular hire on a permanent contract is not social return.
      'Utrecht, no target group, permanent: no bonus',
      'utrecht',
      { targetGroups: [], employment: { contractType: 'permanent' } },
      0,
      0,
    ],
  ])('%s (%s)', (_name, preset, c, cents, bonuses) => {
    const asOf = c.employment?.endDate === null ? '2025-01-10' : LATER;
    const { cents: value, blocks } = valueOf(preset, c, asOf);
    expect(value).toBe(cents);
    expect(blocks.filter((block) => block === 'bonus')).toHaveLength(bonuses);
  });
});

describe('trial placements and work-experience places (Oost-Nederland: €750 a month)', () => {
  it.each<[string, TRuleSetPreset, Case, string, number, string[]]>([
    [
      // Trial 1 Jan–28 Feb (59 days, up to the day before employment, though planned to 15 Mar):
      // 900 000 × 59 / 365 = 145 479.45; then a NUG year from 1 Mar: 1 000 000.
      'Oost-NL trial then employment',
      'oost_nederland',
      {
        targetGroups: ['nug'],
        trial: { startDate: '2025-01-01', endDate: '2025-03-15' },
        employment: { startDate: '2025-03-01', endDate: '2026-02-28' },
      },
      LATER,
      1_145_479,
      ['trial', 'employment'],
    ],
    [
      // 1–31 Jan: 900 000 × 31 / 365 = 76 438.36
      'Oost-NL trial still running, 31 days so far',
      'oost_nederland',
      { targetGroups: ['nug'], trial: { startDate: '2025-01-01', endDate: null }, employment: null },
      '2025-01-31',
      76_438,
      ['trial'],
    ],
    [
      // Stopped after 20 days: 900 000 × 20 / 365 = 49 315.07
      'Oost-NL trial stopped on day 20',
      'oost_nederland',
      { targetGroups: ['nug'], trial: { startDate: '2025-01-01', endDate: '2025-01-20' }, employment: null },
      LATER,
      49_315,
      ['trial'],
    ],
    [
      // Haaglanden does not value trials; the employment year counts: 500 000.
      'Haaglanden trial then employment: only the employment',
      'haaglanden',
      {
        targetGroups: ['nug'],
        trial: { startDate: '2024-11-01', endDate: '2024-12-31' },
      },
      LATER,
      500_000,
      ['employment'],
    ],
    [
      // 1 Jan–30 Jun is 181 days: 900 000 × 181 / 365 = 446 301.37
      'Oost-NL work-experience place, 181 days',
      'oost_nederland',
      {
        placeKind: 'work_experience',
        targetGroups: ['participatiewet'],
        trial: { startDate: '2025-01-01', endDate: '2025-06-30' },
        employment: null,
      },
      LATER,
      446_301,
      ['work_experience'],
    ],
    [
      // From the trial's start to the employment's end, 1 Jan–31 Mar (90 days), all as work experience:
      // 900 000 × 90 / 365 = 221 917.81
      'Oost-NL work-experience place with an employment contract',
      'oost_nederland',
      {
        placeKind: 'work_experience',
        targetGroups: ['participatiewet'],
        trial: { startDate: '2025-01-01', endDate: '2025-01-31' },
        employment: { startDate: '2025-02-01', endDate: '2025-03-31' },
      },
      LATER,
      221_917,
      ['work_experience'],
    ],
    [
      'Utrecht work-experience place: not valued',
      'utrecht',
      {
        placeKind: 'work_experience',
        targetGroups: ['participatiewet'],
        trial: { startDate: '2025-01-01', endDate: '2025-06-30' },
        employment: null,
      },
      LATER,
      0,
      [],
    ],
  ])('%s (%s)', (_name, preset, c, asOf, cents, blocks) => {
    const value = valueOf(preset, c, asOf);
    expect(value).toEqual({ cents, blocks });
  });
});

describe('internships and apprenticeships: once, from the placement’s start', () => {
  it.each<[string, TRuleSetPreset, Case, number]>([
    ['Haaglanden internship place: €5k', 'haaglanden', { placeKind: 'internship' }, 500_000],
    [
      'Haaglanden internship contract at a job place: €5k',
      'haaglanden',
      { employment: { contractType: 'internship' } },
      500_000,
    ],
    ['Oost-NL internship: not valued', 'oost_nederland', { placeKind: 'internship' }, 0],
    ['Utrecht internship: not valued', 'utrecht', { placeKind: 'internship' }, 0],
    [
      'Haaglanden BBL level 1: €25k',
      'haaglanden',
      { placeKind: 'apprenticeship', apprenticeshipLevel: 1 },
      2_500_000,
    ],
    [
      'Haaglanden BBL level 2: €25k',
      'haaglanden',
      { placeKind: 'apprenticeship', apprenticeshipLevel: 2 },
      2_500_000,
    ],
    [
      'Haaglanden BBL level 3: €15k',
      'haaglanden',
      { placeKind: 'apprenticeship', apprenticeshipLevel: 3 },
      1_500_000,
    ],
    [
      'Haaglanden BBL level 4: €15k',
      'haaglanden',
      { placeKind: 'apprenticeship', apprenticeshipLevel: 4 },
      1_500_000,
    ],
    [
      // Without a known level, the lowest value that could apply.
      'Haaglanden BBL, level unknown: the lower €15k',
      'haaglanden',
      { placeKind: 'apprenticeship', apprenticeshipLevel: null },
      1_500_000,
    ],
    [
      'Oost-NL BBL level 2: €20k',
      'oost_nederland',
      { placeKind: 'apprenticeship', apprenticeshipLevel: 2 },
      2_000_000,
    ],
    [
      'Oost-NL BBL level 3: not valued',
      'oost_nederland',
      { placeKind: 'apprenticeship', apprenticeshipLevel: 3 },
      0,
    ],
    ['Oost-NL BBL, level unknown: €20k', 'oost_nederland', { placeKind: 'apprenticeship' }, 2_000_000],
    [
      'Utrecht BBL level 4: €35k',
      'utrecht',
      { placeKind: 'apprenticeship', apprenticeshipLevel: 4 },
      3_500_000,
    ],
    ['Utrecht BBL, level unknown: €35k', 'utrecht', { placeKind: 'apprenticeship' }, 3_500_000],
    [
      'Utrecht BBL contract at a job place, level 1: €35k',
      'utrecht',
      { apprenticeshipLevel: 1, employment: { contractType: 'bbl' } },
      3_500_000,
    ],
    [
      // 3 500 000 + 1 000 000 (50+); an apprentice's employment itself is not valued again.
      'Utrecht BBL level 3 for a 50+ in the Participatiewet: €35k + €10k bonus',
      'utrecht',
      {
        placeKind: 'apprenticeship',
        apprenticeshipLevel: 3,
        targetGroups: ['participatiewet'],
        birthDate: '1970-06-01',
        employment: { contractType: 'bbl' },
      },
      4_500_000,
    ],
  ])('%s (%s)', (_name, preset, c, cents) => {
    expect(valueOf(preset, c).cents).toBe(cents);
  });

  it('when the apprenticeship starts with a trial, then it counts from the trial’s start', () => {
    const lines = placementLines(
      presetValues('utrecht'),
      facts({
        placeKind: 'apprenticeship',
        apprenticeshipLevel: 2,
        trial: { startDate: '2025-01-01', endDate: '2025-02-28' },
        employment: { startDate: '2025-03-01', contractType: 'bbl' },
      }),
    );
    expect(creditCentsAt(lines, '2024-12-31')).toBe(0);
    expect(creditCentsAt(lines, '2025-01-01')).toBe(3_500_000);
  });

  it('when there is neither a trial nor an employment, then nothing counts', () => {
    expect(placementLines(presetValues('haaglanden'), facts({ employment: null }))).toEqual([]);
  });
});
