import { intBetween, oneOf, searchText, withFilterParams } from './search-params';

describe('search parameters in the address', () => {
  it('sets and removes filters, keeps the others and goes back to the first page', () => {
    const current = new URLSearchParams('zoek=bouw&soort=job&pagina=4');
    expect(withFilterParams(current, { soort: '', sector: 'care', afstand: undefined }).toString()).toBe(
      'zoek=bouw&sector=care',
    );
    expect(current.toString()).toBe('zoek=bouw&soort=job&pagina=4');
  });

  it.each([
    [['a', 'b'], 'b', 'b'],
    [['a', 'b'], 'c', undefined],
    [['a', 'b'], null, undefined],
  ] as const)('oneOf(%j, %j) is %j', (allowed, value, expected) => {
    expect(oneOf(allowed, value)).toBe(expected);
  });

  it.each([
    ['10', 10],
    ['1', 1],
    ['0', undefined],
    ['41', undefined],
    ['1.5', undefined],
    ['-3', undefined],
    ['tien', undefined],
    [null, undefined],
  ] as const)('intBetween(%j, 1, 40) is %j', (value, expected) => {
    expect(intBetween(value, 1, 40)).toBe(expected);
  });

  it('trims search words, caps them at 100 characters and treats blank as none', () => {
    expect(searchText('  heftruck ')).toBe('heftruck');
    expect(searchText('x'.repeat(150))).toHaveLength(100);
    expect(searchText('   ')).toBeUndefined();
    expect(searchText(null)).toBeUndefined();
  });
});
