/**
 * Money and percentages on every screen. Amounts travel as integer euro cents (as the API
 * takes them); people type and read euros. Conversions work on the digits, never through floating
 * point, so €12.345,67 is always exactly 1234567 cents.
 */

const LOCALE_TAGS: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };
const tagFor = (locale: string) => LOCALE_TAGS[locale] ?? 'nl-NL';

/** Separators of the user's language: Dutch writes 1.234,56, English 1,234.56. */
function separators(locale: string): { decimal: string; group: string } {
  return locale === 'en' ? { decimal: '.', group: ',' } : { decimal: ',', group: '.' };
}

/** Splits "12345.67" style decimal strings of cents into euros and cents without floating point. */
function splitCents(cents: number): { sign: string; euros: bigint; rest: string } {
  const value = BigInt(cents);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return { sign, euros: abs / 100n, rest: String(abs % 100n).padStart(2, '0') };
}

/** A euro amount for reading, e.g. `€ 12.345,67` (nl) or `€12,345.67` (en). */
export function formatEuros(cents: number, locale = 'nl'): string {
  const { sign, euros, rest } = splitCents(cents);
  const format = new Intl.NumberFormat(tagFor(locale), { style: 'currency', currency: 'EUR' });
  // A decimal string keeps Intl exact beyond 2^53; a number would be rounded first.
  return format.format(`${sign}${euros}.${rest}` as `${number}`);
}

/** The amount as it is put back into an input: `1.250.000,00` (nl), `1,250,000.00` (en), no currency sign. */
export function formatEuroInput(cents: number, locale = 'nl'): string {
  const { sign, euros, rest } = splitCents(cents);
  const grouped = new Intl.NumberFormat(tagFor(locale), { useGrouping: true }).format(euros);
  return `${sign}${grouped}${separators(locale).decimal}${rest}`;
}

const MAX_CENTS = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Reads a typed euro amount into cents, or `undefined` when it is not a clear amount.
 * Accepts `1250000`, `1.250.000`, `1.250.000,50`, `€ 1 250 000,5`, and in either language the other
 * notation when it is unambiguous (`1250000.50` in Dutch has a decimal point: two digits follow it).
 * A lone separator followed by exactly three digits is read the language's way: `1.250` is €1,250 in
 * Dutch. More than two decimals is refused rather than rounded: money is not guessed.
 */
export function parseEuroAmount(text: string, locale = 'nl'): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/^eur/i, '');
  if (!/^\d[\d.,]*$/.test(compact)) return undefined;
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  let decimal: string | null = null;
  if (lastComma >= 0 && lastDot >= 0) {
    decimal = lastComma > lastDot ? ',' : '.';
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const occurrences = compact.split(separator).length - 1;
    const digitsAfter = compact.length - compact.lastIndexOf(separator) - 1;
    if (occurrences === 1 && digitsAfter !== 3) decimal = separator;
    else if (occurrences === 1 && separator === separators(locale).decimal) decimal = separator;
  }
  const at = decimal ? compact.lastIndexOf(decimal) : compact.length;
  const whole = compact.slice(0, at);
  const fraction = decimal ? compact.slice(at + 1) : '';
  if (decimal && (fraction.length < 1 || fraction.length > 2 || !/^\d+$/.test(fraction))) return undefined;
  const group = decimal === ',' ? '.' : decimal === '.' ? ',' : (whole.match(/[.,]/)?.[0] ?? '.');
  const groupPattern = new RegExp(`^\\d{1,3}(\\${group}\\d{3})+$`);
  if (!/^\d+$/.test(whole) && !groupPattern.test(whole)) return undefined;
  const cents = BigInt(whole.split(group).join('')) * 100n + BigInt(fraction.padEnd(2, '0'));
  return cents > MAX_CENTS ? undefined : Number(cents);
}

/** A percentage for reading: `2,5 %` (nl), `2.5%` (en). */
export function formatPercentage(percentage: number, locale = 'nl'): string {
  return new Intl.NumberFormat(tagFor(locale), { style: 'percent', maximumFractionDigits: 2 }).format(
    percentage / 100,
  );
}

/** The percentage as it is put back into an input: `2,5` (nl), `2.5` (en). */
export function formatPercentageInput(percentage: number, locale = 'nl'): string {
  return String(percentage).replace('.', separators(locale).decimal);
}

/**
 * Reads a typed percentage (`2,5`, `2.5`, `2,5 %`) into a number, or `undefined` when it is not one.
 * Either separator is accepted: a percentage has no thousands, so there is nothing to confuse.
 * Range and the two-decimal limit are the contract schema's to judge.
 */
export function parsePercentage(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0%]/g, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(compact)) return undefined;
  return Number(compact);
}

/** A share in basis points (10 000 is 100 %) for reading: 4567 is `45,67%` (nl). */
export function formatBasisPoints(basisPoints: number, locale = 'nl'): string {
  return formatPercentage(basisPoints / 100, locale);
}

/** A rounded amount for chart axes, e.g. `€ 50K` (nl); exact figures go in the tables. */
export function formatEurosShort(cents: number, locale = 'nl'): string {
  return new Intl.NumberFormat(tagFor(locale), {
    style: 'currency',
    currency: 'EUR',
    notation: 'compact',
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  }).format(Math.round(cents / 100));
}
