/**
 * A calendar date (`2026-06-30`) as people read it: "30 jun 2026". Formatted in UTC, the zone the
 * date string is parsed in, so no time zone can move it to the day before.
 */
export function formatDay(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}
