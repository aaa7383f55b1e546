import { combinedHours, similarityOf, suggestBundles, type BundlePart } from './bundles';

const ARNHEM = { lat: 51.984, lng: 5.909 };
const VELP = { lat: 51.995, lng: 5.976 }; // ~5 km from Arnhem centre
const ZEVENAAR = { lat: 51.93, lng: 6.07 }; // ~12 km

let n = 0;
function part(overrides: Partial<BundlePart> = {}): BundlePart {
  n += 1;
  return {
    id: `p${n}`,
    contractorId: `c${n}`,
    location: ARNHEM,
    hours: { min: 12, max: 12 },
    iscoCode: '9112',
    sector: 'cleaning',
    skills: ['schoonmaken'],
    ...overrides,
  };
}

describe('similarity of two places', () => {
  it.each([
    [{ iscoCode: '9112' }, { iscoCode: '9112' }, 'same_occupation'],
    [{ iscoCode: '9112' }, { iscoCode: '9111' }, 'related_occupation'],
    [{ iscoCode: '9112' }, { iscoCode: '5120', sector: 'cleaning' }, 'same_sector_shared_skills'],
    [{ iscoCode: '9112' }, { iscoCode: '5120', sector: 'catering' }, null],
    [{ iscoCode: null }, { iscoCode: null, skills: ['koken'] }, null],
  ] as const)('when %j meets %j, then %s', (a, b, expected) => {
    expect(similarityOf(part(a as Partial<BundlePart>), part(b as Partial<BundlePart>))).toBe(expected);
  });
});

describe('combined hours', () => {
  it.each([
    [
      [
        [12, 12],
        [12, 12],
      ],
      { min: 24, max: 24 },
    ],
    [
      [
        [8, 12],
        [8, 12],
      ],
      { min: 24, max: 24 },
    ],
    [
      [
        [10, 15],
        [10, 15],
        [10, 15],
      ],
      { min: 30, max: 38 },
    ],
    [
      [
        [8, 8],
        [8, 8],
      ],
      null,
    ],
    [
      [
        [14, 15],
        [14, 15],
        [14, 15],
      ],
      null,
    ],
  ])('when parts offer %j, then together %j', (ranges, expected) => {
    const parts = ranges.map(([min, max]) => part({ hours: { min: min!, max: max! } }));
    expect(combinedHours(parts)).toEqual(expected);
  });
});

describe('suggesting bundles', () => {
  it('when two small cleaning places of different contractors lie close, then they make one bundle', () => {
    const a = part();
    const b = part({ location: VELP });
    const [bundle, ...rest] = suggestBundles([a, b]);
    expect(rest).toEqual([]);
    expect(bundle).toMatchObject({ hours: { min: 24, max: 24 }, similarity: 'same_occupation' });
    expect(bundle!.partIds.sort()).toEqual([a.id, b.id].sort());
    expect(bundle!.spreadKm).toBeGreaterThan(3);
  });

  it('when the places belong to one contractor, lie far apart, differ in work or are not small, then no bundle', () => {
    const a = part();
    expect(suggestBundles([a, part({ contractorId: a.contractorId })])).toEqual([]);
    expect(suggestBundles([part(), part({ location: ZEVENAAR })])).toEqual([]);
    expect(suggestBundles([part(), part({ iscoCode: '5120', sector: 'catering' })])).toEqual([]);
    expect(suggestBundles([part(), part({ hours: { min: 16, max: 20 } })])).toEqual([]);
  });

  it('when two parts do not reach 24 hours, then a third joins, and never one past 38', () => {
    const parts = [
      part({ hours: { min: 8, max: 8 } }),
      part({ hours: { min: 8, max: 8 } }),
      part({ hours: { min: 8, max: 10 } }),
    ];
    const [bundle] = suggestBundles(parts);
    expect(bundle!.partIds).toHaveLength(3);
    expect(bundle!.hours).toEqual({ min: 24, max: 26 });
  });

  it('when several bundles are possible, then each set of places is suggested once, smallest and closest first', () => {
    const suggestions = suggestBundles([part(), part(), part({ location: VELP })]);
    const keys = suggestions.map((s) => [...s.partIds].sort().join());
    expect(new Set(keys).size).toBe(keys.length);
    expect(suggestions[0]!.spreadKm).toBeLessThanOrEqual(suggestions.at(-1)!.spreadKm);
  });
});
