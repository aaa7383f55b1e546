import SearchableMap from 'minisearch/SearchableMap';
import { typoCount } from '../typos';
import { typoTerms, type RadixTree } from './typo-terms';

function vocabulary(words: string[]): RadixTree<number> {
  const map = new SearchableMap<number>();
  words.forEach((w, i) => map.set(w, i));
  return map._tree as unknown as RadixTree<number>;
}

const found = (tree: RadixTree<number>, word: string, budget: number, prefix = false) =>
  Object.fromEntries(typoTerms(tree, word, budget, prefix).map((t) => [t.term, t.typos]));

describe('typo terms', () => {
  const tree = vocabulary([
    'heftruck',
    'heftrucks',
    'bakker',
    'bakkerij',
    'jansen',
    'janssen',
    'hansen',
    'saturday',
    'caturday',
    'satuday',
    'sutuday',
  ]);

  it('when two neighbouring letters are swapped, then that is one typo', () => {
    expect(found(tree, 'heftrcuk', 1)).toEqual({ heftruck: 1 });
    expect(found(tree, 'bakekr', 1)).toEqual({ bakker: 1 });
    expect(found(tree, 'jnasen', 1)).toEqual({ jansen: 1 });
  });

  it('when the first letter differs, then that costs two typos (Meilisearch: "caturday" is two from "saturday")', () => {
    expect(found(tree, 'saturday', 1)).toEqual({ satuday: 1 });
    expect(found(tree, 'saturday', 2)).toEqual({ satuday: 1, caturday: 2, sutuday: 2 });
    expect(found(tree, 'jansen', 1)).toEqual({ janssen: 1 });
    expect(found(tree, 'jansen', 2)).toEqual({ janssen: 1, hansen: 2 });
  });

  it('when the word is still being typed, then terms whose beginning is within the budget match', () => {
    expect(found(tree, 'heftrc', 1, true)).toEqual({ heftruck: 1, heftrucks: 1 });
    expect(found(tree, 'bakek', 1, true)).toEqual({ bakker: 1, bakkerij: 1 });
    expect(found(tree, 'bakek', 1, false)).toEqual({});
  });

  it('when compared with the plain count (typoCount) on random words, then the walk finds exactly the same terms', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const letters = 'abcd';
    const randomWord = (min: number, max: number) =>
      Array.from(
        { length: min + Math.floor(random() * (max - min + 1)) },
        () => letters[Math.floor(random() * letters.length)],
      ).join('');
    const words = [...new Set(Array.from({ length: 80 }, () => randomWord(2, 8)))];
    const randomTree = vocabulary(words);
    let nonEmpty = 0;
    for (let k = 0; k < 90; k += 1) {
      const word = randomWord(3, 8);
      const budget = 1 + (k % 2);
      const prefix = k % 3 === 0;
      const expected = Object.fromEntries(
        words.map((w) => [w, typoCount(word, w, prefix)] as const).filter(([, t]) => t >= 1 && t <= budget),
      );
      // Exact words (and, typing, exact beginnings) are found elsewhere: the walk leaves out distance 0.
      for (const w of words) if (typoCount(word, w, prefix) === 0) delete expected[w];
      if (Object.keys(expected).length) nonEmpty += 1;
      expect({ word, budget, prefix, terms: found(randomTree, word, budget, prefix) }).toEqual({
        word,
        budget,
        prefix,
        terms: expected,
      });
    }
    // The comparison means something only when most words find terms.
    expect(nonEmpty).toBeGreaterThan(45);
  });
});
