const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today as a `YYYY-MM-DD` date in the user's own time zone (what a date field shows). */
export function todayIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Whether a date field holds a whole `YYYY-MM-DD` date yet. */
export function isWholeDate(date: string): boolean {
  return ISO_DATE.test(date) && !Number.isNaN(Date.parse(date));
}
