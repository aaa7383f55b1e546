import type { TRuleSetValues } from '../contract';
import { creditCentsAt } from './credit-lines';
import { employmentPerson, employmentSituation, type CandidateBenefit } from './employment-situation';
import { presetValues } from './rule-set-presets';
import {
  apprenticeshipRuleFor,
  employmentRuleFor,
  placementLines,
  type PlacementFacts,
} from './value-placement';

/** The rules behind the published tables (see published-tables.test.ts for the figures themselves). */

describe('which employment block a person counts in', () => {
  it.each<[string, CandidateBenefit, string]>([
    ['Participatiewet benefit', { benefitType: 'participatiewet' }, 'participatiewet'],
    ['WW benefit, tagged 50+', { benefitType: 'ww', targetGroups: ['over_50'] }, 'ww'],
    [
      'in the job-agreement register, on Participatiewet',
      { benefitType: 'participatiewet', targetGroups: ['banenafspraak'] },
      'banenafspraak',
    ],
    ['Wajong (in the register by law)', { benefitType: 'wajong' }, 'banenafspraak'],
    ['WIA', { benefitType: 'wia' }, 'wia'],
    ['no benefit', { benefitType: 'none' }, 'nug'],
    ['nothing recorded', {}, 'nug'],
    [
      'no benefit type recorded, tagged Participatiewet',
      { targetGroups: ['participatiewet', 'status_holder'] },
      'participatiewet',
    ],
    ['status holder without benefit', { benefitType: 'none', targetGroups: ['status_holder'] }, 'nug'],
  ])('%s → %s', (_name, candidate, situation) => {
    expect(employmentSituation(candidate)).toBe(situation);
  });

  it('when the employment starts, then the benefit duration, the age and the status are fixed on that day', () => {
    const person = employmentPerson(
      {
        benefitType: 'ww',
        benefitSince: '2024-03-15',
        birthDate: '1971-03-16',
        targetGroups: ['status_holder'],
      },
      '2026-03-15',
    );
    expect(person).toEqual({
      situation: 'ww',
      benefitMonths: 24,
      age50Plus: true,
      age55Plus: false,
      statusHolder: true,
    });
  });

  it('when a person has no benefit, then no months on benefit count even with a date recorded', () => {
    expect(
      employmentPerson({ benefitType: 'none', benefitSince: '2020-01-01' }, '2026-01-01').benefitMonths,
    ).toBe(0);
  });
});

describe('the duration band and the MBO level choose the rule', () => {
  const rules = presetValues('oost_nederland').employment;
  it.each<[string, number, number]>([
    ['participatiewet', 0, 3_000_000],
    ['participatiewet', 23, 3_000_000],
    ['participatiewet', 24, 4_000_000],
    ['ww', 11, 1_000_000],
    ['ww', 12, 1_500_000],
  ])('%s after %d months on benefit: %d cents a year', (situation, months, cents) => {
    const rule = employmentRuleFor(rules, { situation: situation as 'ww', benefitMonths: months });
    expect(rule?.annualValueCents).toBe(cents);
  });

  it('when the rule set has no rule for the situation, then there is none', () => {
    expect(
      employmentRuleFor(presetValues('utrecht').employment, { situation: 'ww', benefitMonths: 30 }),
    ).toBeNull();
  });

  it('when no MBO level was recorded, then the lowest value that could apply', () => {
    expect(apprenticeshipRuleFor(presetValues('haaglanden').apprenticeship, null)?.valueCents).toBe(
      1_500_000,
    );
    expect(apprenticeshipRuleFor(presetValues('haaglanden').apprenticeship, 2)?.valueCents).toBe(2_500_000);
  });
});

describe('bonuses', () => {
  const year = {
    startDate: '2025-01-01',
    endDate: '2025-12-31',
    contractType: 'temporary' as const,
    hoursPerWeek: 36,
    mboLevel: null,
  };
  function cents(
    values: TRuleSetValues,
    employment: Partial<NonNullable<PlacementFacts['employment']>>,
    countsFrom = '2020-01-01',
  ) {
    const person = employmentPerson(
      { benefitType: 'participatiewet', birthDate: '1965-01-01' },
      '2025-01-01',
    );
    const facts: PlacementFacts = {
      placeKind: 'job',
      countsFrom,
      trial: null,
      employment: { ...year, person, ...employment },
    };
    return placementLines(values, facts);
  }

  it('when a rule set has a 50+ and a 55+ bonus and both apply, then only the higher one counts', () => {
    const values = {
      ...presetValues('haaglanden'),
      bonuses: [
        { kind: 'age_50' as const, valueCents: 500_000 },
        { kind: 'age_55' as const, valueCents: 1_000_000 },
      ],
    };
    const lines = cents(values, {});
    expect(lines.filter((line) => line.block === 'bonus').map((line) => line.params.bonus)).toEqual([
      'age_55',
    ]);
    expect(creditCentsAt(lines, '2030-01-01')).toBe(4_000_000 + 1_000_000);
  });

  it('when the employment ended before the contract started, then neither the block nor a bonus counts', () => {
    expect(cents(presetValues('haaglanden'), {}, '2026-01-01')).toEqual([]);
  });

  it('when the employment began before the contract, then the bonus counts from the contract start', () => {
    const bonus = cents(presetValues('haaglanden'), {}, '2025-06-01').find((line) => line.block === 'bonus');
    expect(bonus?.accrual).toEqual({ kind: 'once', date: '2025-06-01', cents: 1_000_000 });
  });
});
