/**
 * One bitset of document ordinals per value of a facet field with few values, kept as documents
 * come and go. Counting a facet over many hits is then, per value, one AND and a population count
 * over the words of two bitsets, instead of one array read per hit. Few hits are still counted per
 * hit (faster for them).
 * Bits are only ever set: a replaced or removed document's ordinal is never among the hits again
 * (ordinals are not reused until the index is cleared), so its stale bits count for nothing.
 * Written by hand: a few bit operations, where a roaring-bitmap library would bring native code.
 */
export class ValueBits {
  private bits: Uint32Array[] = [];
  private words: number;

  constructor(capacity: number) {
    this.words = (capacity >>> 5) + 1;
  }

  private of(code: number): Uint32Array {
    while (this.bits.length <= code) this.bits.push(new Uint32Array(this.words));
    return this.bits[code]!;
  }

  private grow(ordinal: number): void {
    if (ordinal >>> 5 < this.words) return;
    this.words = Math.max((ordinal >>> 5) + 1, this.words * 2);
    this.bits = this.bits.map((old) => {
      const grown = new Uint32Array(this.words);
      grown.set(old);
      return grown;
    });
  }

  set(ordinal: number, code: number): void {
    this.grow(ordinal);
    this.of(code)[ordinal >>> 5]! |= 1 << (ordinal & 31);
  }

  /**
   * Hits per value code: how many of the ordinals in `hits` (as a bitset) have each value, counted
   * for the first `counted` codes (the others stay 0).
   */
  count(hits: Uint32Array, values: number, counted = values): Int32Array {
    const counts = new Int32Array(values);
    const words = Math.min(hits.length, this.words);
    for (let code = 0; code < Math.min(counted, this.bits.length); code += 1) {
      const own = this.bits[code]!;
      let total = 0;
      // No test for an empty word: with many hits it is rarely empty, and the mispredicted branch
      // cost more than it saved.
      for (let w = 0; w < words; w += 1) total += popcount(own[w]! & hits[w]!);
      counts[code] = total;
    }
    return counts;
  }
}

/**
 * The ordinals as a bitset of `words` 32-bit words. The bits of one word are gathered in a local and
 * written when the next ordinal falls in another word: hits mostly come in ordinal order, and a write
 * per ordinal made each wait for the one before.
 */
export function bitsetOf(ordinals: ArrayLike<number>, n: number, words: number): Uint32Array {
  const bits = new Uint32Array(words);
  let word = -1;
  let gathered = 0;
  for (let i = 0; i < n; i += 1) {
    const o = ordinals[i]!;
    if (o >>> 5 !== word) {
      if (word >= 0) bits[word]! |= gathered;
      word = o >>> 5;
      gathered = 0;
    }
    gathered |= 1 << (o & 31);
  }
  if (word >= 0) bits[word]! |= gathered;
  return bits;
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
