import { suggestionBudget, typoBudget, typoCount } from './typos';

describe('typos as Meilisearch counts them', () => {
  it('when letters are added, left out, replaced or swapped, then each is one typo', () => {
    expect(typoCount('heftrcuk', 'heftruck', false)).toBe(1);
    expect(typoCount('bakekr', 'bakker', false)).toBe(1);
    expect(typoCount('jnasen', 'jansen', false)).toBe(1);
    expect(typoCount('satuday', 'saturday', false)).toBe(1);
    expect(typoCount('saturdya', 'saturday', false)).toBe(1);
    expect(typoCount('jnsaen', 'jansen', false)).toBe(2);
  });

  it('when the first letter differs, then it costs one typo more', () => {
    expect(typoCount('caturday', 'saturday', false)).toBe(2);
    expect(typoCount('pakker', 'bakker', false)).toBe(2);
  });

  it('when the word is still being typed, then the closest beginning of the term counts', () => {
    expect(typoCount('jnase', 'jansen', true)).toBe(1);
    expect(typoCount('jnase', 'jansen', false)).toBe(2);
    expect(typoCount('heft', 'heftruck', true)).toBe(0);
  });

  it('when a word is short, then it gets no typo; from 5 letters one, from 9 two; suggestions one more from 3', () => {
    expect([4, 5, 8, 9].map((n) => typoBudget('x'.repeat(n)))).toEqual([0, 1, 1, 2]);
    expect([2, 3, 5, 9].map((n) => suggestionBudget('x'.repeat(n)))).toEqual([0, 1, 2, 3]);
  });
});
