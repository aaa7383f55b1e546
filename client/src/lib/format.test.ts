import { formatDay } from './format';

describe('formatDay', () => {
  it.each<[string, 'nl' | 'en', string]>([
    ['2026-06-30', 'nl', '30 jun 2026'],
    ['2026-01-01', 'en', '1 Jan 2026'],
    ['geen datum', 'nl', 'geen datum'],
  ])('%s in %s reads %p, whatever the time zone', (iso, locale, expected) => {
    expect(formatDay(iso, locale)).toBe(expected);
  });
});
