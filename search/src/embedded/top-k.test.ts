import { topK, topKByNumbers } from './top-k';

describe('top k', () => {
  const byValue = (a: { v: number }, b: { v: number }) => a.v - b.v;

  it.each([0, 1, 5, 20, 99, 200])(
    'when %i of many shuffled items are asked, then exactly the sorted prefix comes',
    (k) => {
      const items = Array.from({ length: 1000 }, (_, i) => ({ v: (i * 7919) % 101, i }));
      expect(topK(items, k, byValue)).toEqual([...items].sort(byValue).slice(0, k));
    },
  );

  it('when items are equal, then they keep their input order (stable, like sort)', () => {
    const items = Array.from({ length: 100 }, (_, i) => ({ v: i % 3, i }));
    expect(topK(items, 10, byValue).map((x) => x.i)).toEqual([0, 3, 6, 9, 12, 15, 18, 21, 24, 27]);
  });

  const score = Int32Array.from({ length: 500 }, (_, i) => (i * 7919) % 37);
  // Few distinct keys, so many ties; every 13th is NaN (a document without a location).
  const key = Float64Array.from({ length: 500 }, (_, i) => (i % 13 === 0 ? NaN : ((i * 104729) % 7) / 4));
  const items = Int32Array.from({ length: 300 }, (_, i) => (i * 211) % 500);
  const byScore = (a: number, b: number) => score[b]! - score[a]!;
  const nanLast = (v: number) => (Number.isNaN(v) ? Infinity : v);
  const byKey = (a: number, b: number) => nanLast(key[a]!) - nanLast(key[b]!);

  it.each([0, 1, 10, 50, 400])(
    'when the %i best by score, by key or by both are asked, then they are what topK with a comparer gives (ties in input order)',
    (k) => {
      expect(topKByNumbers(items, k, score, null)).toEqual(topK(items, k, byScore));
      expect(topKByNumbers(items, k, null, key)).toEqual(topK(items, k, byKey));
      expect(topKByNumbers(items, k, score, key)).toEqual(
        topK(items, k, (a, b) => byScore(a, b) || byKey(a, b)),
      );
      // Told the highest score there is, it stops once the page is full of it: the same answer.
      const highest = Math.max(...Array.from(items, (i) => score[i]!));
      expect(topKByNumbers(items, k, score, null, highest)).toEqual(topK(items, k, byScore));
    },
  );
});
