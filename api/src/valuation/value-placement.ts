import type {
  TBonusKind,
  TCreditBlock,
  TEmploymentRule,
  TPlaceKind,
  TRuleSetValues,
  TTargetGroup,
} from '../contract';
import { addDays, capMonthsToDays, type ValuedLine } from './credit-lines';

/** What the valuation needs to know about a placement; dates are `YYYY-MM-DD`. */
export interface PlacementFacts {
  placeKind: TPlaceKind;
  // The MBO level (1–4) of an apprenticeship's training, from the place's education requirement.
  apprenticeshipLevel: number | null;
  candidate: {
    targetGroups: readonly TTargetGroup[];
    benefitSince: string | null;
    birthDate: string | null;
  };
  // The trial period (proefplaatsing); `endDate` is the last day, null while it runs.
  trial: { startDate: string; endDate: string | null } | null;
  employment: {
    startDate: string;
    endDate: string | null;
    contractType: 'temporary' | 'permanent' | 'bbl' | 'internship';
    hoursPerWeek: number;
  } | null;
}

/** Whole months from one date to another (a benefit from 2024-03-15 is 24 months old on 2026-03-15). */
export function wholeMonthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  const months = (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
  return Math.max(0, months);
}

function ageOn(birthDate: string, date: string): number {
  return Math.floor(wholeMonthsBetween(birthDate, date) / 12);
}

/**
 * The employment rule that applies: of the rules for the candidate's target groups whose benefit
 * duration is met, the highest value (a person counts once, in the group worth most; a longer cap wins
 * a tie). None when the candidate is in no valued group.
 */
export function employmentRuleFor(
  rules: readonly TEmploymentRule[],
  candidate: PlacementFacts['candidate'],
  startDate: string,
): TEmploymentRule | null {
  const benefitMonths = candidate.benefitSince ? wholeMonthsBetween(candidate.benefitSince, startDate) : 0;
  const capOf = (rule: TEmploymentRule) => rule.capMonths ?? Number.POSITIVE_INFINITY;
  let best: TEmploymentRule | null = null;
  for (const rule of rules) {
    if (!candidate.targetGroups.includes(rule.targetGroup)) continue;
    if (benefitMonths < rule.minBenefitMonths) continue;
    if (
      !best ||
      rule.annualValueCents > best.annualValueCents ||
      (rule.annualValueCents === best.annualValueCents && capOf(rule) > capOf(best))
    )
      best = rule;
  }
  return best;
}

function bonusApplies(kind: TBonusKind, facts: PlacementFacts, startDate: string): boolean {
  const { candidate } = facts;
  const age = candidate.birthDate ? ageOn(candidate.birthDate, startDate) : null;
  switch (kind) {
    case 'age_50':
      return (age !== null && age >= 50) || candidate.targetGroups.includes('over_50');
    case 'age_55':
      return age !== null && age >= 55;
    case 'status_holder':
      return candidate.targetGroups.includes('status_holder');
    case 'permanent_contract':
      return facts.employment?.contractType === 'permanent';
  }
}

/** The building block a placement counts as: the employment contract (BBL, internship) wins over the place's kind. */
function placementBlock(facts: PlacementFacts): TPlaceKind {
  if (facts.employment?.contractType === 'bbl') return 'apprenticeship';
  if (facts.employment?.contractType === 'internship') return 'internship';
  return facts.placeKind;
}

function firstStart(facts: PlacementFacts): string | null {
  return facts.trial?.startDate ?? facts.employment?.startDate ?? null;
}

function monthlyLine(
  block: TCreditBlock,
  monthlyCents: number,
  start: string,
  end: string | null,
  fullTime: number,
): ValuedLine {
  return {
    block,
    accrual: {
      kind: 'pro_rata',
      startDate: start,
      endDate: end,
      annualCents: monthlyCents * 12,
      hoursPerWeek: fullTime,
      fullTimeHours: fullTime,
      capDays: null,
    },
    params: { monthlyCents },
  };
}

function once(
  block: TCreditBlock,
  date: string,
  cents: number,
  params: ValuedLine['params'] = {},
): ValuedLine {
  return { block, accrual: { kind: 'once', date, cents }, params };
}

/** One-off bonuses, from the employment's start; only ever on top of a valued placement. */
function bonusLines(values: TRuleSetValues, facts: PlacementFacts): ValuedLine[] {
  const employment = facts.employment;
  if (!employment) return [];
  return values.bonuses
    .filter((bonus) => bonusApplies(bonus.kind, facts, employment.startDate))
    .map((bonus) => once('bonus', employment.startDate, bonus.valueCents, { bonus: bonus.kind }));
}

/** Employment in a valued target group, with its bonuses; a hire outside every valued group counts nothing. */
function employmentLines(values: TRuleSetValues, facts: PlacementFacts): ValuedLine[] {
  const employment = facts.employment;
  if (!employment) return [];
  const rule = employmentRuleFor(values.employment, facts.candidate, employment.startDate);
  if (!rule) return [];
  return [
    {
      block: 'employment',
      accrual: {
        kind: 'pro_rata',
        startDate: employment.startDate,
        endDate: employment.endDate,
        annualCents: rule.annualValueCents,
        hoursPerWeek: employment.hoursPerWeek,
        fullTimeHours: values.fullTimeHoursPerWeek,
        capDays: rule.capMonths === null ? null : capMonthsToDays(rule.capMonths),
      },
      params: {
        targetGroup: rule.targetGroup,
        minBenefitMonths: rule.minBenefitMonths,
        capMonths: rule.capMonths,
        hoursPerWeek: employment.hoursPerWeek,
      },
    },
    ...bonusLines(values, facts),
  ];
}

/**
 * The credit lines of a placement under one rule set. Trial months count from the trial's start, the
 * employment from its start; an internship or apprenticeship counts once, from the placement's start.
 */
export function placementLines(values: TRuleSetValues, facts: PlacementFacts): ValuedLine[] {
  const start = firstStart(facts);
  if (!start) return [];
  const fullTime = values.fullTimeHoursPerWeek;
  switch (placementBlock(facts)) {
    case 'internship':
      return values.internshipCents === null ? [] : [once('internship', start, values.internshipCents)];
    case 'apprenticeship': {
      const level = facts.apprenticeshipLevel;
      const rule =
        values.apprenticeship.find((r) => level !== null && r.minLevel <= level && level <= r.maxLevel) ??
        // Without a known level, the lowest value that could apply.
        (level === null
          ? [...values.apprenticeship].sort((a, b) => a.valueCents - b.valueCents)[0]
          : undefined);
      // The apprentice's employment is not valued again; the bonuses come on top of the apprenticeship.
      return rule
        ? [once('apprenticeship', start, rule.valueCents, { level }), ...bonusLines(values, facts)]
        : [];
    }
    case 'work_experience': {
      if (values.workExperienceMonthlyCents === null) return [];
      const end = facts.employment ? facts.employment.endDate : (facts.trial?.endDate ?? null);
      return [monthlyLine('work_experience', values.workExperienceMonthlyCents, start, end, fullTime)];
    }
    case 'job': {
      const lines: ValuedLine[] = [];
      if (facts.trial && values.trialMonthlyCents !== null) {
        // A trial that led to employment counts up to the day before the employment starts.
        const trialEnd = facts.employment
          ? earlier(facts.trial.endDate, addDays(facts.employment.startDate, -1))
          : facts.trial.endDate;
        lines.push(monthlyLine('trial', values.trialMonthlyCents, facts.trial.startDate, trialEnd, fullTime));
      }
      return [...lines, ...employmentLines(values, facts)];
    }
  }
}

function earlier(a: string | null, b: string): string {
  return a !== null && a < b ? a : b;
}
