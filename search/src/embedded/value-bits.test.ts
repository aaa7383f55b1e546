import { bitsetOf, ValueBits } from './value-bits';

/** The ordinals whose bits are set, in order. */
const ordinalsIn = (bits: Uint32Array) =>
  Array.from({ length: bits.length * 32 }, (_, o) => o).filter((o) => (bits[o >>> 5]! >>> (o & 31)) & 1);

describe('value bitsets', () => {
  it.each([
    ['in ordinal order', [0, 1, 31, 32, 33, 95, 200]],
    ['in any order, with repeats', [200, 33, 0, 95, 32, 1, 31, 33, 0]],
  ])('when hits come %s, then the bitset holds exactly them', (_, hits) => {
    expect(ordinalsIn(bitsetOf(Int32Array.from(hits), hits.length, 8))).toEqual([0, 1, 31, 32, 33, 95, 200]);
  });

  it('when only the first n hits count, then the others are left out', () => {
    expect(ordinalsIn(bitsetOf([5, 64, 7], 2, 4))).toEqual([5, 64]);
  });

  it('when counted against the hits, then each value gets the hits that have it', () => {
    const values = new ValueBits(10);
    [0, 1, 2, 1, 0, 2, 1].forEach((code, ordinal) => values.set(ordinal, code));
    values.set(40, 1);
    expect(Array.from(values.count(bitsetOf([0, 1, 3, 6, 40], 5, 2), 3))).toEqual([1, 4, 0]);
  });
});
