import {
  formatBasisPoints,
  formatEuroInput,
  formatEuros,
  formatPercentage,
  formatPercentageInput,
  parseEuroAmount,
  parsePercentage,
} from './money';

// Intl separates the euro sign and groups with non-breaking spaces; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('parseEuroAmount (typed euros → exact cents)', () => {
  it.each<[string, 'nl' | 'en', number | undefined]>([
    ['1250000', 'nl', 125_000_000],
    ['1.250.000', 'nl', 125_000_000],
    ['1.250.000,50', 'nl', 125_000_050],
    ['1.250.000,5', 'nl', 125_000_050],
    ['€ 12.345,67', 'nl', 1_234_567],
    ['€12.345,67', 'nl', 1_234_567],
    ['1 250 000', 'nl', 125_000_000],
    ['EUR 200.000', 'nl', 20_000_000],
    ['12,5', 'nl', 1_250],
    ['0,01', 'nl', 1],
    ['0,10', 'nl', 10],
    ['1250000.50', 'nl', 125_000_050],
    ['1,234.56', 'nl', 123_456],
    ['1.250', 'nl', 125_000],
    ['1,250', 'en', 125_000],
    ['1,250,000.50', 'en', 125_000_050],
    ['1250000,50', 'en', 125_000_050],
    // 0.29 and 0.57 are the classic floating-point traps (0.29 * 100 = 28.999…).
    ['0,29', 'nl', 29],
    ['1.005,57', 'nl', 100_557],
    ['90.071.992.547.409,91', 'nl', 9_007_199_254_740_991],
    ['90.071.992.547.409,92', 'nl', undefined],
    ['1,250', 'nl', undefined],
    ['1.250', 'en', undefined],
    ['12,345', 'nl', undefined],
    ['12,', 'nl', undefined],
    [',5', 'nl', undefined],
    ['1.23.456', 'nl', undefined],
    ['1.2345', 'nl', undefined],
    ['-500', 'nl', undefined],
    ['twaalf', 'nl', undefined],
    ['', 'nl', undefined],
    ['   ', 'nl', undefined],
  ])('%p in %s is %p cents', (text, locale, expected) => {
    expect(parseEuroAmount(text, locale)).toBe(expected);
  });
});

describe('formatEuros (cents → text for reading)', () => {
  it.each<[number, 'nl' | 'en', string]>([
    [1_234_567, 'nl', '€ 12.345,67'],
    [5_000_000, 'nl', '€ 50.000,00'],
    [1, 'nl', '€ 0,01'],
    [0, 'nl', '€ 0,00'],
    [9_007_199_254_740_991, 'nl', '€ 90.071.992.547.409,91'],
    [1_234_567, 'en', '€12,345.67'],
  ])('%i cents in %s reads %p', (cents, locale, expected) => {
    expect(plain(formatEuros(cents, locale))).toBe(expected);
  });
});

describe('formatEuroInput (cents → text to edit)', () => {
  it.each<[number, 'nl' | 'en', string]>([
    [125_000_050, 'nl', '1.250.000,50'],
    [1, 'nl', '0,01'],
    [125_000_050, 'en', '1,250,000.50'],
  ])('%i cents in %s is %p', (cents, locale, expected) => {
    expect(formatEuroInput(cents, locale)).toBe(expected);
  });

  it.each([0, 1, 29, 57, 100_557, 125_000_050, 9_007_199_254_740_991])(
    'round-trips %i cents through the input in both languages',
    (cents) => {
      expect(parseEuroAmount(formatEuroInput(cents, 'nl'), 'nl')).toBe(cents);
      expect(parseEuroAmount(formatEuroInput(cents, 'en'), 'en')).toBe(cents);
    },
  );
});

describe('percentages', () => {
  it.each<[string, number | undefined]>([
    ['2,5', 2.5],
    ['2.5', 2.5],
    ['5', 5],
    ['2,55 %', 2.55],
    ['0,01', 0.01],
    ['100', 100],
    ['2,555', 2.555],
    ['2,5,5', undefined],
    ['vijf', undefined],
    ['-2', undefined],
    ['', undefined],
  ])('%p reads as %p (range and decimals are the schema’s to judge)', (text, expected) => {
    expect(parsePercentage(text)).toBe(expected);
  });

  it.each<[number, 'nl' | 'en', string, string]>([
    [2.5, 'nl', '2,5%', '2,5'],
    [2.55, 'nl', '2,55%', '2,55'],
    [5, 'nl', '5%', '5'],
    [2.5, 'en', '2.5%', '2.5'],
  ])('%p in %s reads %p and edits as %p', (percentage, locale, read, edit) => {
    expect(plain(formatPercentage(percentage, locale))).toBe(read);
    expect(formatPercentageInput(percentage, locale)).toBe(edit);
  });
});

describe('formatBasisPoints (shares such as realisation)', () => {
  it.each<[number, 'nl' | 'en', string]>([
    [4_567, 'nl', '45,67%'],
    [10_000, 'nl', '100%'],
    [12_500, 'en', '125%'],
    [0, 'nl', '0%'],
  ])('%i basis points in %s reads %p', (basisPoints, locale, expected) => {
    expect(plain(formatBasisPoints(basisPoints, locale))).toBe(expected);
  });
});
