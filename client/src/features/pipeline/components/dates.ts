import { addMonths } from '@kansplek/api/contract';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today as a `YYYY-MM-DD` date in the user's own time zone (what a date field shows). */
export function todayIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `date` plus whole months, or null while the field does not hold a whole date yet. */
export function plusMonths(date: string, months: number): string | null {
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) return null;
  return addMonths(date, months);
}
