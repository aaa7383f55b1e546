import type { TCreditBlock } from '../contract';

/**
 * How a credit line earns its value. `once`: the whole amount from a date on (an internship, a
 * bonus, an accepted purchase). `pro_rata`: a value per full-time year earned day by day between two
 * dates, for the hours worked, up to a cap (employment, monthly trial and work-experience values).
 */
export type Accrual =
  | { kind: 'once'; date: string; cents: number }
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

/** The day `days` later (or earlier, when negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Days from `start` to `end`, both counted: the same day is 1. */
export function daysInclusive(start: string, end: string): number {
  return dayNumber(end) - dayNumber(start) + 1;
}

/** A cap in months as days: 12 months is 365 days, 24 months 730. */
export function capMonthsToDays(months: number): number {
  return Math.round((months * DAYS_PER_YEAR) / 12);
}

/**
 * The cents a line has earned by `asOf` (a `YYYY-MM-DD` day, counted). Integer arithmetic throughout
 * (BigInt for the pro-rata product), rounded down to the cent, so figures never drift.
 */
export function lineCentsAt(line: ValuedLine, asOf: string): number {
  const accrual = line.accrual;
  if (accrual.kind === 'once') return asOf >= accrual.date ? accrual.cents : 0;
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
