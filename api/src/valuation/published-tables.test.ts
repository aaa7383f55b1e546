import type { TRuleSetPreset } from '../contract';
import { creditCentsAt } from './credit-lines';
import { employmentPerson, type CandidateBenefit } from './employment-situation';
import { presetValues } from './rule-set-presets';
import { effortLines, type EffortFacts } from './value-effort';
import { placementLines, type PlacementFacts } from './value-placement';

/**
 * The published valuation tables of PRODUCT.md ("Valuation rule set", "How the table applies"), case
 * by case for each preset. Every expected figure is worked out by hand from the table, in euros, in
 * the comment beside it — never from the code under test:
 * - employment: a year's value × hours / 36 × days / 365, up to 12 months, rounded down to the cent;
 * - trial and work experience: €750 per calendar month, a month begun pro rata to its own length,
 *   never beyond six months;
 * - BBL and internship: per placement year, × days / 365 while it runs, up to 12 months;
 * - bonuses: once, on top of a valued block.
 */

interface Case {
  person?: CandidateBenefit;
  placeKind?: PlacementFacts['placeKind'];
  countsFrom?: string;
  trial?: { startDate: string; plannedEnd: string; stoppedOn?: string };
  employment?: {
    startDate: string;
    endDate: string | null;
    contractType?: 'temporary' | 'permanent' | 'bbl' | 'internship';
    hoursPerWeek?: number;
    mboLevel?: number;
  };
  asOf?: string;
}

const LONG_AFTER = '2035-01-01';

function euros(preset: TRuleSetPreset, c: Case): number {
  const employment = c.employment
    ? {
        contractType: 'temporary' as const,
        hoursPerWeek: 36,
        mboLevel: null,
        ...c.employment,
        person: employmentPerson(c.person ?? {}, c.employment.startDate),
      }
    : null;
  const facts: PlacementFacts = {
    placeKind: c.placeKind ?? 'job',
    countsFrom: c.countsFrom ?? '2020-01-01',
    trial: c.trial ? { stoppedOn: null, ...c.trial } : null,
    employment,
  };
  return creditCentsAt(placementLines(presetValues(preset), facts), c.asOf ?? LONG_AFTER) / 100;
}

// A year of employment: 1 Jan–31 Dec 2025 is 365 days.
const YEAR = { startDate: '2025-01-01', endDate: '2025-12-31' };
// 1 Jan–30 Jun 2025 is 181 days.
const HALF_YEAR = { startDate: '2025-01-01', endDate: '2025-06-30' };
const PARTICIPATIEWET_1Y: CandidateBenefit = { benefitType: 'participatiewet', benefitSince: '2024-01-01' };

describe('Oost-Nederland: the benefit situation chooses the employment block', () => {
  it.each<[string, Case, number]>([
    // €30k (< 2 y on benefit), full time, a year
    [
      'Participatiewet, 12 months on benefit, 36 h, a year',
      { person: PARTICIPATIEWET_1Y, employment: YEAR },
      30_000,
    ],
    // €40k × 24/36 = 26,666.666…
    [
      'Participatiewet, 3 years on benefit, 24 h, a year',
      {
        person: { benefitType: 'participatiewet', benefitSince: '2022-01-01' },
        employment: { ...YEAR, hoursPerWeek: 24 },
      },
      26_666.66,
    ],
    // The status holder on a Participatiewet benefit, tagged only status_holder: the block is still Participatiewet
    [
      'status holder on Participatiewet, tagged only as status holder, a year',
      { person: { ...PARTICIPATIEWET_1Y, targetGroups: ['status_holder'] }, employment: YEAR },
      30_000,
    ],
    // €10k (< 1 y) × 181/365 = 4,958.904…
    [
      'WW, 11 months on benefit, 36 h, half a year',
      { person: { benefitType: 'ww', benefitSince: '2024-02-01' }, employment: HALF_YEAR },
      4_958.9,
    ],
    // The 50+ on WW tagged 50+: WW ≥ 1 y €15k × 18/36, two years worked capped at 12 months
    [
      '50+ on WW for 14 months, tagged 50+, 18 h, two years worked',
      {
        person: { benefitType: 'ww', benefitSince: '2023-11-01', targetGroups: ['over_50'] },
        employment: { startDate: '2025-01-01', endDate: '2026-12-31', hoursPerWeek: 18 },
      },
      7_500,
    ],
    // Job-agreement register €40k, 18 months worked, capped at 12
    [
      'job-agreement register, 18 months worked',
      {
        person: { benefitType: 'participatiewet', targetGroups: ['banenafspraak'] },
        employment: { startDate: '2025-01-01', endDate: '2026-06-30' },
      },
      40_000,
    ],
    // No benefit (NUG) €10k
    ['no benefit (NUG), a year', { person: { benefitType: 'none' }, employment: YEAR }, 10_000],
    // Still employed: 1–10 Jan 2025, €10k × 10/365 = 273.972…
    [
      'NUG, still employed, asked on day 10',
      { person: {}, employment: { startDate: '2025-01-01', endDate: null }, asOf: '2025-01-10' },
      273.97,
    ],
  ])('%s: €%d', (_name, c, expected) => {
    expect(euros('oost_nederland', c)).toBe(expected);
  });
});

describe('Oost-Nederland: trials and work-experience places, €750 a month, at most six months', () => {
  it.each<[string, Case, number]>([
    // Two calendar months, 15 Jan–14 Mar: 2 × €750
    [
      'a default trial of two calendar months',
      { trial: { startDate: '2026-01-15', plannedEnd: '2026-03-14' } },
      1_500,
    ],
    // Stopped on 14 Feb (one month), the outcome typed in seven months later: €750
    [
      'a trial stopped after one month, recorded months later',
      { trial: { startDate: '2026-01-15', plannedEnd: '2026-03-14', stoppedOn: '2026-02-14' } },
      750,
    ],
    // Stopped on 24 Jan: 10 days of the month 15 Jan–14 Feb (31 days): €750 × 10/31 = 241.935…
    [
      'a trial stopped after ten days',
      { trial: { startDate: '2026-01-15', plannedEnd: '2026-03-14', stoppedOn: '2026-01-24' } },
      241.93,
    ],
    // A planned end beyond six months counts six: 6 × €750
    [
      'a trial planned for eight months counts six',
      { trial: { startDate: '2026-01-01', plannedEnd: '2026-08-31' } },
      4_500,
    ],
    // A running trial counts to the day asked about: 1–31 Jan is one month
    [
      'a running trial, asked after one month',
      { trial: { startDate: '2026-01-01', plannedEnd: '2026-02-28' }, asOf: '2026-01-31' },
      750,
    ],
    // A trial at a BBL place is valued as a trial: 2 × €750, not the apprenticeship's €20k
    [
      'a stopped trial at a BBL place',
      {
        placeKind: 'apprenticeship',
        trial: { startDate: '2026-01-01', plannedEnd: '2026-02-28', stoppedOn: '2026-02-28' },
      },
      1_500,
    ],
    // Trial 1 Jan–28 Feb (€1,500), then Participatiewet from 1 Mar for a year (€30k): not counted twice
    [
      'a trial that turns into employment',
      {
        person: PARTICIPATIEWET_1Y,
        trial: { startDate: '2025-01-01', plannedEnd: '2025-02-28' },
        employment: { startDate: '2025-03-01', endDate: '2026-02-28' },
      },
      31_500,
    ],
    // Hired on 1 Feb during a trial planned to 28 Feb: the trial counts January only (€750) + 12 months NUG (€10k)
    [
      'a hire before the planned end stops the trial the day before',
      {
        trial: { startDate: '2025-01-01', plannedEnd: '2025-02-28' },
        employment: { startDate: '2025-02-01', endDate: '2026-01-31' },
      },
      10_750,
    ],
    // A work-experience place for eight months counts six: 6 × €750
    [
      'a work-experience place of eight months',
      { placeKind: 'work_experience', employment: { startDate: '2026-01-01', endDate: '2026-08-31' } },
      4_500,
    ],
  ])('%s: €%d', (_name, c, expected) => {
    expect(euros('oost_nederland', c)).toBe(expected);
  });
});

describe('apprenticeships (BBL) and internships accrue per day while they run, at most 12 months', () => {
  it.each<[string, TRuleSetPreset, Case, number]>([
    // €20k (level 1–2) a placement year, a year
    [
      'Oost-Nederland BBL level 2, a year',
      'oost_nederland',
      { employment: { ...YEAR, contractType: 'bbl', mboLevel: 2 } },
      20_000,
    ],
    // €20k × 181/365 = 9,917.808…
    [
      'Oost-Nederland BBL level 1, half a year',
      'oost_nederland',
      { employment: { ...HALF_YEAR, contractType: 'bbl', mboLevel: 1 } },
      9_917.8,
    ],
    // Level 3 has a dash in Oost-Nederland: nothing
    [
      'Oost-Nederland BBL level 3',
      'oost_nederland',
      { employment: { ...YEAR, contractType: 'bbl', mboLevel: 3 } },
      0,
    ],
    // €25k (≤ level 2), two years capped at one, part time does not matter (per placement year)
    [
      'Haaglanden BBL level 2, two years, 20 h',
      'haaglanden',
      {
        employment: {
          startDate: '2025-01-01',
          endDate: '2026-12-31',
          contractType: 'bbl',
          mboLevel: 2,
          hoursPerWeek: 20,
        },
      },
      25_000,
    ],
    // €15k (≥ level 3)
    [
      'Haaglanden BBL level 4, a year',
      'haaglanden',
      { employment: { ...YEAR, contractType: 'bbl', mboLevel: 4 } },
      15_000,
    ],
    // €35k, any level
    [
      'Utrecht BBL level 3, a year',
      'utrecht',
      { employment: { ...YEAR, contractType: 'bbl', mboLevel: 3 } },
      35_000,
    ],
    // Internship €5k × 181/365 = 2,479.452…
    [
      'Haaglanden internship, half a year',
      'haaglanden',
      { employment: { ...HALF_YEAR, contractType: 'internship' } },
      2_479.45,
    ],
    // Internship has a dash in Oost-Nederland
    [
      'Oost-Nederland internship',
      'oost_nederland',
      { employment: { ...YEAR, contractType: 'internship' } },
      0,
    ],
  ])('%s: €%d', (_name, preset, c, expected) => {
    expect(euros(preset, c)).toBe(expected);
  });
});

describe('Haaglanden and Utrecht: blocks and bonuses on top', () => {
  it.each<[string, TRuleSetPreset, Case, number]>([
    [
      'Haaglanden Participatiewet, a year',
      'haaglanden',
      { person: PARTICIPATIEWET_1Y, employment: YEAR },
      40_000,
    ],
    [
      'Haaglanden job-agreement register, a year',
      'haaglanden',
      { person: { targetGroups: ['banenafspraak'] }, employment: YEAR },
      50_000,
    ],
    ['Haaglanden WW, a year', 'haaglanden', { person: { benefitType: 'ww' }, employment: YEAR }, 20_000],
    ['Haaglanden NUG, a year', 'haaglanden', { person: { benefitType: 'none' }, employment: YEAR }, 5_000],
    // €40k + the 55+ bonus €10k
    [
      'Haaglanden 55+ on Participatiewet, a year',
      'haaglanden',
      { person: { ...PARTICIPATIEWET_1Y, birthDate: '1968-06-01' }, employment: YEAR },
      50_000,
    ],
    // 52 years old: no 55+ bonus
    [
      'Haaglanden 52-year-old on Participatiewet',
      'haaglanden',
      { person: { ...PARTICIPATIEWET_1Y, birthDate: '1972-06-01' }, employment: YEAR },
      40_000,
    ],
    // Haaglanden has a dash for trials
    [
      'Haaglanden trial of two months',
      'haaglanden',
      { trial: { startDate: '2026-01-15', plannedEnd: '2026-03-14' } },
      0,
    ],
    // €40k + status holder €10k + permanent contract €10k
    [
      'Utrecht status holder on Participatiewet, permanent contract',
      'utrecht',
      {
        person: { ...PARTICIPATIEWET_1Y, targetGroups: ['status_holder'] },
        employment: { ...YEAR, contractType: 'permanent' },
      },
      60_000,
    ],
    // €10k × 20/36 × 181/365 = 2,754.946…, plus 50+ €10k
    [
      'Utrecht 50+ without benefit, 20 h, half a year',
      'utrecht',
      { person: { birthDate: '1970-01-01' }, employment: { ...HALF_YEAR, hoursPerWeek: 20 } },
      12_754.94,
    ],
    // WW has a dash in Utrecht: no block, so no bonus to put on top of it
    [
      'Utrecht 50+ on WW',
      'utrecht',
      { person: { benefitType: 'ww', birthDate: '1970-01-01' }, employment: YEAR },
      0,
    ],
  ])('%s: €%d', (_name, preset, c, expected) => {
    expect(euros(preset, c)).toBe(expected);
  });
});

describe('a credit counts from the contract start', () => {
  it.each<[string, Case, number]>([
    // Employed since 1 Jan 2025, contract from 1 Jul 2025, ended 31 Dec 2025: 184 days, €10k × 184/365 = 5,041.095…
    [
      'an employment begun before the contract',
      { countsFrom: '2025-07-01', employment: { startDate: '2025-01-01', endDate: '2025-12-31' } },
      5_041.09,
    ],
    // A trial 1 Jan–28 Feb, contract from 1 Feb: February only, €750
    [
      'a trial begun before the contract',
      { countsFrom: '2025-02-01', trial: { startDate: '2025-01-01', plannedEnd: '2025-02-28' } },
      750,
    ],
  ])('%s: €%d', (_name, c, expected) => {
    expect(euros('oost_nederland', c)).toBe(expected);
  });
});

describe('other efforts: the accepted amount times the share, volunteering per hour', () => {
  const effort = (
    kind: EffortFacts['kind'],
    amountCents: number | null,
    hours: number | null = null,
  ): EffortFacts => ({
    kind,
    date: '2026-03-01',
    amountCents,
    hours,
  });
  it.each<[string, TRuleSetPreset, EffortFacts, number | null]>([
    // Invoice excl. VAT counts in full
    ['Utrecht purchase at a social enterprise', 'utrecht', effort('social_purchase', 1_234_567), 12_345.67],
    // €100 an hour
    ['Utrecht 12 hours of volunteering', 'utrecht', effort('volunteering', null, 12), 1_200],
    // 100 % of a project contribution
    ['Haaglanden project contribution', 'haaglanden', effort('project_contribution', 250_000), 2_500],
    // Driving lessons for a status holder: practical support at 100 %
    ['Oost-Nederland practical support', 'oost_nederland', effort('practical_support', 180_000), 1_800],
    // Dashes: not valued
    [
      'Oost-Nederland purchase at a social enterprise',
      'oost_nederland',
      effort('social_purchase', 1_000_000),
      null,
    ],
    ['Haaglanden volunteering', 'haaglanden', effort('volunteering', null, 10), null],
  ])('%s', (_name, preset, facts, expected) => {
    const lines = effortLines(presetValues(preset), facts);
    expect(lines.length ? creditCentsAt(lines, LONG_AFTER) / 100 : null).toBe(expected);
  });
});
