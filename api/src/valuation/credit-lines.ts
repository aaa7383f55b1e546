import { addDays, addMonths, type TCreditBlock } from '../contract';

export { addDays, lastDayOfMonths } from '../contract';

/**
 * How a credit line earns its value. `once`: the whole amount from a date on (a bonus, an accepted
 * effort). `pro_rata`: a value per (full-time) year earned day by day, a year's value × days / 365,
 * for the hours worked, up to a cap (employment, apprenticeship, internship). `monthly`: a value per
 * calendar month earned day by day (trial and work-experience placements).
 */
export type Accrual =
  | { kind: 'once'; date: string; cents: number }
  | {
      kind: 'monthly';
      startDate: string;
      // The last day that counts (the planned end, or the day the trial stopped).
      endDate: string;
      monthlyCents: number;
    }
  | {
      kind: 'pro_rata';
      startDate: string;
      // The last day that counts; null while it runs (then it counts up to the day asked about).
      endDate: string | null;
      annualCents: number;
      hoursPerWeek: number;
      fullTimeHours: number;
      // The most days that count (12 months = 365 days); null counts every day.
      capDays: number | null;
    };

/** One building block of a credit, as stored: what it is worth and why. */
export interface ValuedLine {
  block: TCreditBlock;
  accrual: Accrual;
  params: Record<string, string | number | null>;
}

const DAY_MS = 86_400_000;
const DAYS_PER_YEAR = 365;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/** Days from `start` to `end`, both counted: the same day is 1. */
export function daysInclusive(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** A cap in months as days: 12 months is 365 days, 24 months 730. */
export function capMonthsToDays(months: number): number {
  return Math.round((months * DAYS_PER_YEAR) / 12);
}

/** The later of two dates. */
export function later(a: string, b: string): string {
  return a > b ? a : b;
}

/** The earlier of two dates; null stands for "open", so the other one wins. */
export function earlier(a: string | null, b: string): string {
  return a !== null && a < b ? a : b;
}

/**
 * A monthly value earned from `start` to `last` (both counted): each whole calendar month in full,
 * the days of a month begun pro rata to that month's length (15 Jan–14 Feb is 31 days). Integer
 * arithmetic, rounded down to the cent.
 */
function monthlyCents(monthly: number, start: string, last: string): number {
  if (last < start) return 0;
  let months = 0;
  while (addMonths(start, months + 1) <= addDays(last, 1)) months += 1;
  const begun = addMonths(start, months);
  const rest = begun <= last ? daysInclusive(begun, last) : 0;
  const length = daysInclusive(begun, addMonths(start, months + 1)) - 1;
  return Number((BigInt(monthly) * BigInt(months * length + rest)) / BigInt(length));
}

/**
 * The cents a line has earned by `asOf` (a `YYYY-MM-DD` day, counted). Integer arithmetic throughout
 * (BigInt for the pro-rata product), rounded down to the cent, so figures never drift.
 */
export function lineCentsAt(line: ValuedLine, asOf: string): number {
  const accrual = line.accrual;
  if (accrual.kind === 'once') return asOf >= accrual.date ? accrual.cents : 0;
  if (accrual.kind === 'monthly')
    return monthlyCents(accrual.monthlyCents, accrual.startDate, earlier(accrual.endDate, asOf));
  if (asOf < accrual.startDate) return 0;
  // ISO dates compare correctly as strings.
  const last = accrual.endDate !== null && accrual.endDate < asOf ? accrual.endDate : asOf;
  let days = Math.max(0, daysInclusive(accrual.startDate, last));
  if (accrual.capDays !== null) days = Math.min(days, accrual.capDays);
  const hours = Math.min(accrual.hoursPerWeek, accrual.fullTimeHours);
  const numerator = BigInt(accrual.annualCents) * BigInt(hours) * BigInt(days);
  const denominator = BigInt(accrual.fullTimeHours) * BigInt(DAYS_PER_YEAR);
  return Number(numerator / denominator);
}

/** The cents all lines have earned by `asOf`. */
export function creditCentsAt(lines: readonly ValuedLine[], asOf: string): number {
  return lines.reduce((sum, line) => sum + lineCentsAt(line, asOf), 0);
}
