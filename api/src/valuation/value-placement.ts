import type {
  TApprenticeshipRule,
  TBonusKind,
  TCreditBlock,
  TEmploymentRule,
  TPlaceKind,
  TRuleSetValues,
} from '../contract';
import { addDays, capMonthsToDays, earlier, lastDayOfMonths, later, type ValuedLine } from './credit-lines';
import type { EmploymentPerson } from './employment-situation';

/** A trial or work-experience placement counts at most this many months (PRODUCT.md). */
export const MONTHLY_PLACEMENT_MAX_MONTHS = 6;
// Apprenticeships and internships are valued per placement year, counted for at most a year.
const PLACEMENT_YEAR_CAP_MONTHS = 12;

/** What the valuation needs to know about a placement; dates are `YYYY-MM-DD`. */
export interface PlacementFacts {
  placeKind: TPlaceKind;
  // The contract's start: a placement that began earlier counts from this day.
  countsFrom: string;
  // The trial period (proefplaatsing): it ends on its planned end, or on the day it stopped.
  trial: { startDate: string; plannedEnd: string; stoppedOn: string | null } | null;
  employment: {
    startDate: string;
    // The last day (ended early, or the planned end); null while it runs.
    endDate: string | null;
    contractType: 'temporary' | 'permanent' | 'bbl' | 'internship';
    hoursPerWeek: number;
    // The MBO level (1–4) of a BBL apprenticeship's training, recorded with the employment.
    mboLevel: number | null;
    person: EmploymentPerson;
  } | null;
}

type Employment = NonNullable<PlacementFacts['employment']>;

/**
 * The employment rule for a person's benefit situation and its duration band: of the rules for that
 * situation whose minimum months on benefit are met, the one that asks the most months (the band the
 * person is in). None when the rule set does not value the situation.
 */
export function employmentRuleFor(
  rules: readonly TEmploymentRule[],
  person: Pick<EmploymentPerson, 'situation' | 'benefitMonths'>,
): TEmploymentRule | null {
  let band: TEmploymentRule | null = null;
  for (const rule of rules) {
    if (rule.situation !== person.situation || person.benefitMonths < rule.minBenefitMonths) continue;
    if (!band || rule.minBenefitMonths > band.minBenefitMonths) band = rule;
  }
  return band;
}

/** The apprenticeship rule for an MBO level; without a recorded level, the lowest value that could apply. */
export function apprenticeshipRuleFor(
  rules: readonly TApprenticeshipRule[],
  level: number | null,
): TApprenticeshipRule | null {
  if (level !== null) return rules.find((r) => r.minLevel <= level && level <= r.maxLevel) ?? null;
  return [...rules].sort((a, b) => a.valueCents - b.valueCents)[0] ?? null;
}

function bonusApplies(kind: TBonusKind, employment: Employment): boolean {
  switch (kind) {
    case 'age_50':
      return employment.person.age50Plus;
    case 'age_55':
      return employment.person.age55Plus;
    case 'status_holder':
      return employment.person.statusHolder;
    case 'permanent_contract':
      return employment.contractType === 'permanent';
  }
}

function once(block: TCreditBlock, date: string, cents: number, params: ValuedLine['params']): ValuedLine {
  return { block, accrual: { kind: 'once', date, cents }, params };
}

function monthly(block: TCreditBlock, monthlyCents: number, start: string, end: string): ValuedLine[] {
  if (end < start) return [];
  return [
    {
      block,
      accrual: { kind: 'monthly', startDate: start, endDate: end, monthlyCents },
      params: { monthlyCents },
    },
  ];
}

/** A value per (full-time) year, earned per day from `start` to `end` (open while it runs), up to a cap. */
function perYear(
  block: TCreditBlock,
  annualCents: number,
  start: string,
  end: string | null,
  hours: { worked: number; fullTime: number },
  capMonths: number | null,
  params: ValuedLine['params'],
): ValuedLine[] {
  if (end !== null && end < start) return [];
  return [
    {
      block,
      accrual: {
        kind: 'pro_rata',
        startDate: start,
        endDate: end,
        annualCents,
        hoursPerWeek: hours.worked,
        fullTimeHours: hours.fullTime,
        capDays: capMonths === null ? null : capMonthsToDays(capMonths),
      },
      params,
    },
  ];
}

/**
 * Bonuses on top of a valued block, once per placement from the day it counts: status holder,
 * permanent contract, and one age bonus (55+ where the rule set has it and it applies, else 50+).
 */
function bonusLines(values: TRuleSetValues, employment: Employment, from: string): ValuedLine[] {
  const applying = values.bonuses.filter((bonus) => bonusApplies(bonus.kind, employment));
  const ages = applying.filter((bonus) => bonus.kind === 'age_50' || bonus.kind === 'age_55');
  const highestAge = ages.sort((a, b) => b.valueCents - a.valueCents)[0];
  return applying
    .filter((bonus) => !ages.includes(bonus) || bonus === highestAge)
    .map((bonus) => once('bonus', from, bonus.valueCents, { bonus: bonus.kind }));
}

/** A block's line with the bonuses on top; a block that counts nothing carries no bonus either. */
function withBonuses(values: TRuleSetValues, employment: Employment, block: ValuedLine[]): ValuedLine[] {
  const first = block[0];
  if (!first || first.accrual.kind !== 'pro_rata') return block;
  return [...block, ...bonusLines(values, employment, first.accrual.startDate)];
}

/** The day a trial stops counting: its planned end, the day it stopped, or the day before the hire. */
function trialEnd(trial: NonNullable<PlacementFacts['trial']>, employment: Employment | null): string {
  let end = earlier(trial.stoppedOn, trial.plannedEnd);
  // A trial that turns into employment is not counted twice.
  if (employment) end = earlier(end, addDays(employment.startDate, -1));
  return earlier(end, lastDayOfMonths(trial.startDate, MONTHLY_PLACEMENT_MAX_MONTHS));
}

/** What the employment counts as: the contract type decides BBL and internship, else the place's kind. */
function employmentBlock(facts: PlacementFacts, employment: Employment): TCreditBlock {
  if (employment.contractType === 'bbl') return 'apprenticeship';
  if (employment.contractType === 'internship') return 'internship';
  if (facts.placeKind === 'work_experience') return 'work_experience';
  return 'employment';
}

function employmentLines(
  values: TRuleSetValues,
  facts: PlacementFacts,
  employment: Employment,
): ValuedLine[] {
  const from = later(employment.startDate, facts.countsFrom);
  const fullTime = values.fullTimeHoursPerWeek;
  const perPlacementYear = { worked: fullTime, fullTime };
  switch (employmentBlock(facts, employment)) {
    case 'apprenticeship': {
      const rule = apprenticeshipRuleFor(values.apprenticeship, employment.mboLevel);
      if (!rule) return [];
      const params = { level: employment.mboLevel, capMonths: PLACEMENT_YEAR_CAP_MONTHS };
      return withBonuses(
        values,
        employment,
        perYear(
          'apprenticeship',
          rule.valueCents,
          from,
          employment.endDate,
          perPlacementYear,
          PLACEMENT_YEAR_CAP_MONTHS,
          params,
        ),
      );
    }
    case 'internship':
      if (values.internshipCents === null) return [];
      return perYear(
        'internship',
        values.internshipCents,
        from,
        employment.endDate,
        perPlacementYear,
        PLACEMENT_YEAR_CAP_MONTHS,
        {
          capMonths: PLACEMENT_YEAR_CAP_MONTHS,
        },
      );
    case 'work_experience': {
      if (values.workExperienceMonthlyCents === null) return [];
      const last = earlier(
        employment.endDate,
        lastDayOfMonths(employment.startDate, MONTHLY_PLACEMENT_MAX_MONTHS),
      );
      return monthly('work_experience', values.workExperienceMonthlyCents, from, last);
    }
    default: {
      const rule = employmentRuleFor(values.employment, employment.person);
      if (!rule) return [];
      const params = {
        situation: rule.situation,
        minBenefitMonths: rule.minBenefitMonths,
        capMonths: rule.capMonths,
        hoursPerWeek: employment.hoursPerWeek,
      };
      const hours = { worked: employment.hoursPerWeek, fullTime };
      return withBonuses(
        values,
        employment,
        perYear('employment', rule.annualValueCents, from, employment.endDate, hours, rule.capMonths, params),
      );
    }
  }
}

/**
 * The credit lines of a placement under one rule set (PRODUCT.md "How the table applies"): a trial is
 * valued as a trial whatever the place's kind, per day to its actual end, never beyond six months; the
 * employment after it by its block (benefit situation, BBL by MBO level, internship, work experience),
 * with bonuses on top. Nothing counts before the contract's start.
 */
export function placementLines(values: TRuleSetValues, facts: PlacementFacts): ValuedLine[] {
  const lines: ValuedLine[] = [];
  if (facts.trial && values.trialMonthlyCents !== null) {
    const start = later(facts.trial.startDate, facts.countsFrom);
    lines.push(...monthly('trial', values.trialMonthlyCents, start, trialEnd(facts.trial, facts.employment)));
  }
  if (facts.employment) lines.push(...employmentLines(values, facts, facts.employment));
  return lines;
}
