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

const passing = (test: (o: number) => boolean) => docs.map((d, i) => (test(i) ? d.id : '')).filter(Boolean);

describe('filter columns', () => {
  it.each([
    [{ field: 'groups', op: 'eq', value: 'y' } as const, ['a', 'b']],
    [{ field: 'groups', op: 'in', values: ['x', 'z'] } as const, ['a']],
    [{ field: 'groups', op: 'not_in', values: ['x'] } as const, ['b', 'c', 'd']],
    [{ field: 'hours', op: 'gte', value: 24 } as const, ['a', 'b']],
    [{ field: 'hours', op: 'lt', value: 24 } as const, ['c']],
    [{ field: 'hours', op: 'not_in', values: [16] } as const, ['a', 'b', 'd']],
  ])(
    'when filtering with %j, then documents match as in Meilisearch (any element; missing never matches)',
    (filter, expected) => {
      expect(passing(columnsOf().predicate(filter))).toEqual(expected);
    },
  );

  it('when facets are counted, then each document counts once per distinct value', () => {
    const columns = columnsOf();
    expect(columns.count('groups', [0, 1, 2, 3])).toEqual({ x: 1, y: 2 });
    expect(columns.count('hours', [0, 1, 2])).toEqual({ '24': 1, '32': 1, '16': 1 });
    expect(columns.count('groups', [0, 1, 2, 3], 1)).toEqual({ x: 1, y: 1 });
  });

  it('when more documents arrive than the columns first held, then they grow and keep every value', () => {
    const columns = columnsOf(600);
    const ordinals = Array.from({ length: 2400 }, (_, i) => i);
    expect(columns.count('groups', ordinals)).toEqual({ x: 600, y: 1200 });
    expect(columns.predicate({ field: 'hours', op: 'eq', value: 32 })(2397)).toBe(true);
  });
});
