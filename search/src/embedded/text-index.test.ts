import { TextIndex } from './text-index';

const TEXTS = [
  ['Jan Bakker', 'bakken, schoonmaken'],
  ['Piet Schoonmaker', 'schoonmaak, heftruck'],
  ['Sara de Bakker', 'orderpicken'],
  ['Ahmed Jansen', 'heftruck, magazijn, schoonmaken'],
  ['Eva Jansen', 'bakken'],
  ['Tom Smit', 'beveiliger, schoonmaken'],
];
const REMOVED = 4;

function indexed(): { index: TextIndex; alive: Uint8Array } {
  const index = new TextIndex(2);
  TEXTS.forEach((texts, ordinal) => index.add(ordinal, texts));
  const alive = new Uint8Array(TEXTS.length).fill(1);
  alive[REMOVED] = 0;
  return { index, alive };
}

/** The hits with their ranks, in order of rank then ordinal. */
function answer(index: TextIndex, alive: Uint8Array, q: string, matching: 'all' | 'any' = 'all') {
  const found = index.search(q, matching, new Map(), alive);
  const hits = [...found.ordinals].map((o) => [o, found.rank[o]!]);
  // The caller may narrow the hits in place (filters do): the next search must not care.
  found.ordinals.fill(-1);
  return hits.sort((a, b) => b[1]! - a[1]! || a[0]! - b[0]!);
}

describe('text index', () => {
  const queries: Array<[string, 'all' | 'any']> = [
    ['schoonmaken', 'all'],
    ['b', 'all'],
    ['jansen heftruck', 'all'],
    ['bakker', 'all'],
    ['jansen bakken', 'any'],
    ['sch', 'all'],
    ['heftruk', 'all'],
    ['ja', 'all'],
  ];

  it('when searches of one and of several words follow each other, then each answers as on a fresh index, removed documents left out', () => {
    const { index, alive } = indexed();
    for (const [q, matching] of [...queries, ...queries.slice().reverse()]) {
      const fresh = indexed();
      expect([q, answer(index, alive, q, matching)]).toEqual([
        q,
        answer(fresh.index, fresh.alive, q, matching),
      ]);
    }
  });

  it('when one word is searched, then exact words rank above prefixes and the name above skills', () => {
    const { index, alive } = indexed();
    const hits = answer(index, alive, 'bakker').map(([o]) => o);
    expect(hits).toEqual([0, 2]);
    const prefix = answer(index, alive, 'bak').map(([o]) => o);
    // Eva Jansen (bakken) is removed; names (field 0) before skills (field 1).
    expect(prefix.slice(0, 2).sort()).toEqual([0, 2]);
    expect(prefix).not.toContain(REMOVED);
  });

  it('when words are searched, then the highest rank given is the best hit rank (ordering stops there)', () => {
    const { index, alive } = indexed();
    for (const [q, matching] of queries) {
      const found = index.search(q, matching, new Map(), alive);
      const ranks = [...found.ordinals].map((o) => found.rank[o]!);
      // One word: exactly the best hit's. Several: a removed document, or one without every required
      // word, may have ranked higher; it stays an upper bound.
      if (!q.includes(' ')) expect([q, found.highestRank]).toEqual([q, Math.max(...ranks)]);
      else expect(found.highestRank).toBeGreaterThanOrEqual(Math.max(...ranks));
    }
  });
});
