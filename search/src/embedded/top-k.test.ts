import { topK, topKByScore } from './top-k';

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

  it.each([0, 1, 10, 50, 400])(
    'when the %i best by score are asked, then they are what topK with a comparer gives (ties in input order)',
    (k) => {
      const score = Int32Array.from({ length: 500 }, (_, i) => (i * 7919) % 37);
      const items = Int32Array.from({ length: 300 }, (_, i) => (i * 211) % 500);
      const byScore = (a: number, b: number) => score[b]! - score[a]!;
      expect(topKByScore(items, k, score)).toEqual(topK(items, k, byScore));
    },
  );
});
