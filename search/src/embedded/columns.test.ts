import type { Filter, SearchDocument } from '../engine';
import { Columns } from './columns';

const docs = [
  { id: 'a', groups: ['x', 'y'], hours: 24 },
  { id: 'b', groups: ['y'], hours: 32 },
  { id: 'c', hours: 16 },
  { id: 'd', groups: [], hours: null },
];

function columnsOf(count = 1) {
  const columns = new Columns(['groups', 'hours']);
  for (let round = 0; round < count; round += 1) {
    docs.forEach((doc, i) => columns.add(round * docs.length + i, doc));
  }
  return columns;
}

/** The ids of the first four documents that pass the compiled filter. */
function passing(columns: Columns, filter: Filter): string[] {
  const ordinals = Int32Array.from(docs.keys());
  const n = columns.compile(filter).narrow(ordinals, ordinals.length);
  return Array.from(ordinals.subarray(0, n), (o) => docs[o]!.id);
}

describe('filter columns', () => {
  it.each([
    [{ field: 'groups', op: 'eq', value: 'y' } as Filter, ['a', 'b']],
    [{ field: 'groups', op: 'in', values: ['x', 'z'] } as Filter, ['a']],
    [{ field: 'groups', op: 'not_in', values: ['x'] } as Filter, ['b', 'c', 'd']],
    [{ field: 'hours', op: 'gte', value: 24 } as Filter, ['a', 'b']],
    [{ field: 'hours', op: 'lt', value: 24 } as Filter, ['c']],
    [{ field: 'hours', op: 'not_in', values: [16] } as Filter, ['a', 'b', 'd']],
  ])(
    'when filtering with %j, then documents match as in Meilisearch (any element; missing never matches)',
    (filter, expected) => {
      expect(passing(columnsOf(), filter)).toEqual(expected);
    },
  );

  it('when facets are counted, then each document counts once per distinct value', () => {
    const columns = columnsOf();
    expect(columns.count('groups', [0, 1, 2, 3])).toEqual({ x: 1, y: 2 });
    expect(columns.count('hours', [0, 1, 2])).toEqual({ '24': 1, '32': 1, '16': 1 });
    expect(columns.count('groups', [0, 1, 2, 3], 1)).toEqual({ x: 1, y: 1 });
  });

  it('when documents repeat an array, then they share one frozen copy, and removing one keeps the counts of the other', () => {
    const columns = new Columns(['skills', 'status']);
    const a: SearchDocument = { id: 'a', skills: ['vca', 'lassen'], status: 'active' };
    const b: SearchDocument = { id: 'b', skills: ['vca', 'lassen'], status: 'active' };
    const c: SearchDocument = { id: 'c', skills: ['lassen', 'vca'], status: 'paused' };
    [a, b, c].forEach((doc, ordinal) => columns.add(ordinal, doc));
    expect(b.skills).toBe(a.skills);
    expect(Object.isFrozen(a.skills)).toBe(true);
    expect(c.skills).toEqual(['lassen', 'vca']);
    columns.remove(0);
    expect(columns.compile({ field: 'skills', op: 'eq', value: 'vca' }).passing).toBe(2);
    expect(columns.count('skills', [1, 2])).toEqual({ vca: 2, lassen: 2 });
    expect(columns.compile({ field: 'status', op: 'eq', value: 'active' }).passing).toBe(1);
  });

  it('when more documents arrive than the columns first held, then they grow and keep every value', () => {
    const columns = columnsOf(600);
    const ordinals = Array.from({ length: 2400 }, (_, i) => i);
    expect(columns.count('groups', ordinals)).toEqual({ x: 600, y: 1200 });
    const late = Int32Array.from([2396, 2397, 2398]);
    expect(columns.compile({ field: 'hours', op: 'eq', value: 32 }).narrow(late, 3)).toBe(1);
    expect(late[0]).toBe(2397);
  });

  it('when every live document passes a filter, then it says so, and a removed document no longer counts', () => {
    const columns = new Columns(['region', 'groups']);
    columns.add(0, { id: 'a', region: 'r1', groups: ['x'] });
    columns.add(1, { id: 'b', region: 'r1', groups: ['x', 'y'] });
    columns.add(2, { id: 'c', region: 'r2' });
    const region = (): Filter => ({ field: 'region', op: 'eq', value: 'r1' });
    const notY = (): Filter => ({ field: 'groups', op: 'not_in', values: ['y'] });
    expect(columns.compile(region())).toMatchObject({ passing: 2, passesAll: false });
    expect(columns.compile(notY()).passesAll).toBe(false);
    columns.remove(2);
    expect(columns.compile(region())).toMatchObject({ passing: 2, passesAll: true });
    expect(columns.compile({ field: 'groups', op: 'in', values: ['x', 'y'] }).passesAll).toBe(true);
    // Conservative: b has a failing value besides x, so narrowing still runs (and keeps everyone).
    expect(columns.compile({ field: 'groups', op: 'eq', value: 'x' }).passesAll).toBe(false);
    expect(columns.compile(notY()).passesAll).toBe(false);
    columns.remove(1);
    expect(columns.compile(notY())).toMatchObject({ passing: 1, passesAll: true });
  });

  it('when many hits are counted (with bitsets), then the counts are those of counting hit by hit, also after more documents arrive', () => {
    const columns = new Columns(['groups', 'hours', 'status']);
    const doc = (i: number) => ({
      id: String(i),
      groups: i % 7 === 0 ? [] : i % 3 === 0 ? ['x', 'y'] : [`g${i % 5}`],
      hours: i % 11 === 0 ? null : 8 * (i % 5),
      // One value for every document: its last value is counted as what the others leave.
      status: ['open', 'filled', 'closed'][i % 3],
    });
    for (let i = 0; i < 5000; i += 1) columns.add(i, doc(i));
    const every = (n: number, step: number) => Int32Array.from({ length: n }, (_, i) => (i * step) % n);
    const byHit = (ordinals: Int32Array) => ({
      groups: columns.count('groups', ordinals),
      hours: columns.count('hours', ordinals),
      status: columns.count('status', ordinals),
    });
    const hits = every(5000, 7).subarray(0, 4500);
    expect(columns.countFacets(['groups', 'hours', 'status'], hits)).toEqual(byHit(hits));
    // Documents added after the bitsets were built, past their first size.
    for (let i = 5000; i < 12_000; i += 1) columns.add(i, doc(i));
    // A replaced document: its old ordinal keeps stale bits but is never a hit again.
    columns.remove(3);
    columns.add(12_000, { ...doc(3), status: 'filled' });
    const later = Int32Array.from(
      [...every(12_000, 7).subarray(0, 9000)].filter((o) => o !== 3).concat(12_000),
    );
    expect(columns.countFacets(['groups', 'hours', 'status'], later)).toEqual(byHit(later));
    expect(byHit(later).status.filled).toBeGreaterThan(0);
    expect(columns.countFacets(['groups'], later, 10)).toEqual({
      groups: columns.count('groups', later, 10),
    });
  });
});
