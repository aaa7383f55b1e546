const DUTCH_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day in the Netherlands as `YYYY-MM-DD` (the en-CA locale writes dates that way).
 * Deadlines are Dutch dates: just after midnight in Amsterdam it is already the next day, whatever UTC says.
 */
export function dutchToday(now: Date = new Date()): string {
  return DUTCH_DAY.format(now);
}
