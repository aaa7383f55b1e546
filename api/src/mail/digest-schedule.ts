/**
 * When the daily digest goes out: at seven in the morning, Dutch time. Written with Intl rather than a
 * date library because it needs two facts only (the Dutch date, and Amsterdam's UTC offset at an
 * instant), and Node ships the time-zone data.
 */
export const DIGEST_TIME = '07:00';
const TIME_ZONE = 'Europe/Amsterdam';
const DAY_MS = 24 * 60 * 60_000;

const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE });
const offsetFormat = new Intl.DateTimeFormat('en', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' });

/** The date in the Netherlands at an instant, `YYYY-MM-DD`. */
export function dutchDate(at: Date): string {
  return dateFormat.format(at);
}

/** Amsterdam's offset from UTC in minutes at an instant (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const name = offsetFormat.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant of a Dutch date and clock time (`HH:MM`). The offset is read at that time taken as UTC,
 * which is the right one except in the night hour in which the clocks change.
 */
export function dutchInstant(date: string, time: string): Date {
  const asUtc = Date.parse(`${date}T${time}:00Z`);
  return new Date(asUtc - offsetMinutes(new Date(asUtc)) * 60_000);
}

/** The instant the digest of a (Dutch) date is sent. */
export function digestSendTime(date: string): Date {
  return dutchInstant(date, DIGEST_TIME);
}

export function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T12:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** The digest an item arriving at `now` goes into: today's until it is sent, then tomorrow's. */
export function digestDateFor(now: Date): string {
  const today = dutchDate(now);
  return now < digestSendTime(today) ? today : nextDate(today);
}
