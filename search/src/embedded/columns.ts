import type { Filter, SearchDocument } from '../engine';
import { matchesValue } from './filters';
import { bitsetOf, ValueBits } from './value-bits';

/** Facets with at most this many values get value bitsets (status, municipality, target groups). */
const MAX_BIT_VALUES = 64;
/**
 * From this share of the documents on (and at least DENSE_MIN hits), facets are counted with bitsets
 * rather than per hit. Bitsets cost about the same whatever the hits, per hit grows with them; the
 * share is where the two cost the same for five candidate facets (docs/benchmarks.md).
 */
const DENSE_SHARE = 1 / 20;
const DENSE_MIN = 1024;

/**
 * A filterable field's values as small integers per document ordinal: `codes[o]` is the value's code
 * (>= 0), NONE, or an array's entry in `multi` (encoded as -2 - index).
 */
interface Column {
  codeOf: Map<unknown, number>;
  values: unknown[];
  /** Live documents per value (a document with several values counts for each). */
  live: number[];
  /** Live documents without a value. */
  liveWithout: number;
  codes: Int32Array;
  /** The distinct sets of codes of documents with several values, shared by the ordinals that have one. */
  multi: number[][];
  /** Each distinct array this field holds (by its JSON): one shared copy, and its code. */
  arrays: Map<string, { shared: readonly unknown[]; code: number }>;
  /** Built at the first dense count of this field as a facet, then kept up to date by `add`. */
  bits: ValueBits | null;
}

/** One filter, ready to narrow a list of ordinals. */
export interface CompiledFilter {
  /** About how many documents pass: the most selective filter runs first. */
  passing: number;
  /** Every live document passes: narrowing would keep them all (a region filter in a one-region index). */
  passesAll: boolean;
  /** Keeps, in place, those of the first `n` ordinals that pass; returns how many remain. */
  narrow(ordinals: Int32Array, n: number): number;
}

const NONE = -1;
const emptyColumn = (): Column => ({
  codeOf: new Map(),
  values: [],
  live: [],
  liveWithout: 0,
  codes: new Int32Array(1024),
  multi: [],
  arrays: new Map(),
  bits: null,
});

/**
 * The filterable fields as dictionary-encoded columns, so filters and facet counts work on integer
 * arrays instead of document objects. A filter becomes a truth table over a field's distinct values
 * (a few thousand at most), built once per search; each document then costs one array read instead
 * of property reads on every document, and facets count integers instead of filling maps.
 * Written by hand: it is a dictionary encoding of a few fields, not worth a dependency.
 */
export class Columns {
  private readonly columns = new Map<string, Column>();
  /** One past the highest ordinal added. */
  private size = 0;

  constructor(private readonly fields: readonly string[]) {
    this.clear();
  }

  private code(column: Column, value: unknown): number {
    let code = column.codeOf.get(value);
    if (code === undefined) {
      code = column.values.push(value) - 1;
      column.live.push(0);
      column.codeOf.set(value, code);
    }
    return code;
  }

  /** The code of an array value: NONE when empty, a value's code, or a shared entry in `multi`. */
  private arrayEntry(column: Column, value: unknown[]): { shared: readonly unknown[]; code: number } {
    const key = JSON.stringify(value);
    let entry = column.arrays.get(key);
    if (!entry) {
      const codesInOrder = value.map((v) => this.code(column, v));
      const codes = [...new Set(codesInOrder)];
      const code =
        codes.length === 0 ? NONE : codes.length === 1 ? codes[0]! : -2 - (column.multi.push(codes) - 1);
      entry = { shared: Object.freeze(codesInOrder.map((c) => column.values[c])), code };
      column.arrays.set(key, entry);
    }
    return entry;
  }

  /** Adds `delta` to the live counts of the values under a code. */
  private countLive(column: Column, code: number, delta: number): void {
    if (code >= 0) column.live[code]! += delta;
    else if (code === NONE) column.liveWithout += delta;
    else for (const c of column.multi[-2 - code]!) column.live[c]! += delta;
  }

  /**
   * Records the document's values under its ordinal. The document's filterable values are replaced by
   * the column's copy of each (a string of the column, one frozen array per distinct array): the
   * documents of an index repeat a few values (status, municipality, region, skills) and arrive with a
   * copy each from MongoDB, which the heap (and every full collection) would carry.
   */
  add(ordinal: number, doc: SearchDocument): void {
    this.size = Math.max(this.size, ordinal + 1);
    for (const column of this.columns.values()) {
      if (ordinal >= column.codes.length) {
        const grown = new Int32Array(Math.max(ordinal + 1, column.codes.length * 2));
        grown.set(column.codes);
        column.codes = grown;
      }
    }
    for (const [field, column] of this.columns) {
      const value = doc[field];
      let code = NONE;
      if (Array.isArray(value)) {
        const entry = this.arrayEntry(column, value);
        doc[field] = entry.shared;
        code = entry.code;
      } else if (value !== undefined && value !== null) {
        code = this.code(column, value);
        if (typeof value === 'string') doc[field] = column.values[code];
      }
      this.countLive(column, code, 1);
      column.codes[ordinal] = code;
      if (column.bits) setBits(column, ordinal);
    }
  }

  /** Forgets a replaced or removed document's values in the live counts (call once per ordinal). */
  remove(ordinal: number): void {
    for (const column of this.columns.values()) this.countLive(column, column.codes[ordinal]!, -1);
  }

  clear(): void {
    this.size = 0;
    for (const field of this.fields) this.columns.set(field, emptyColumn());
  }

  has(field: string): boolean {
    return this.columns.has(field);
  }

  /**
   * The filter with Meilisearch's semantics: an array field matches if any element does, and
   * `not_in` holds when none does (a missing value included). Narrowing is one tight loop over
   * typed arrays per filter, which V8 runs several times faster than a chain of predicates.
   */
  compile(filter: Filter): CompiledFilter {
    const { codes, multi, values, live, liveWithout } = this.columns.get(filter.field)!;
    // Each distinct value is tested once (`not_in` as `in`, negated per document below); the table is
    // indexed by code + 1, so NONE reads its first entry, never set.
    const table = new Uint8Array(values.length + 1);
    let matching = 0;
    let liveFailing = 0;
    values.forEach((value, code) => {
      if (!matchesValue(value, filter)) {
        liveFailing += live[code]!;
        return;
      }
      table[code + 1] = 1;
      matching += live[code]!;
    });
    const negate = filter.op === 'not_in';
    return {
      passing: negate ? liveFailing + liveWithout : matching,
      // Any value passing is enough for a document, so this holds when no live value fails (or, for
      // `not_in`, none is listed), and no live document lacks a value where that fails.
      passesAll: negate ? matching === 0 : liveFailing === 0 && liveWithout === 0,
      narrow(ordinals, n) {
        let kept = 0;
        if (multi.length === 0) {
          // Every document has one value or none: one read per document, without the test for several.
          for (let i = 0; i < n; i += 1) {
            const o = ordinals[i]!;
            if ((table[codes[o]! + 1] === 1) !== negate) ordinals[kept++] = o;
          }
          return kept;
        }
        for (let i = 0; i < n; i += 1) {
          const o = ordinals[i]!;
          const code = codes[o]!;
          const any =
            code >= 0
              ? table[code + 1] === 1
              : code !== NONE && multi[-2 - code]!.some((c) => table[c + 1] === 1);
          if (any !== negate) ordinals[kept++] = o;
        }
        return kept;
      },
    };
  }

  /** Counts per value of `field` over the first `n` of the given ordinals. */
  count(field: string, ordinals: ArrayLike<number>, n = ordinals.length): Record<string, number> {
    const column = this.columns.get(field)!;
    const { codes, multi, values } = column;
    const counts = new Int32Array(values.length);
    for (let i = 0; i < n; i += 1) {
      const code = codes[ordinals[i]!]!;
      if (code >= 0) counts[code] = counts[code]! + 1;
      else if (code !== NONE) for (const c of multi[-2 - code]!) counts[c] = counts[c]! + 1;
    }
    return countsByValue(column, counts);
  }

  /** Counts per value of each field over the first `n` of the ordinals (the hits of a search). */
  countFacets(fields: readonly string[], ordinals: ArrayLike<number>, n = ordinals.length) {
    const dense = n >= Math.max(DENSE_MIN, this.size * DENSE_SHARE);
    let hits: Uint32Array | null = null;
    return Object.fromEntries(
      fields.map((field) => {
        const column = this.columns.get(field)!;
        if (!dense || column.values.length > MAX_BIT_VALUES) return [field, this.count(field, ordinals, n)];
        if (!column.bits) {
          column.bits = new ValueBits(this.size);
          for (let o = 0; o < this.size; o += 1) setBits(column, o);
        }
        hits ??= bitsetOf(ordinals, n, (this.size >>> 5) + 1);
        // When every live document has exactly one value, the hits of the last value are the hits
        // the others leave: one bitset pass fewer (status has 4 values, a yes/no field 2).
        const oneEach = column.multi.length === 0 && column.liveWithout === 0;
        const last = column.values.length - 1;
        const counts = column.bits.count(hits, column.values.length, oneEach ? last : last + 1);
        if (oneEach) counts[last] = n - counts.reduce((sum, c) => sum + c, 0);
        return [field, countsByValue(column, counts)];
      }),
    );
  }
}

/** Sets the bits of an ordinal's values in the column's value bitsets. */
function setBits(column: Column, ordinal: number): void {
  const code = column.codes[ordinal]!;
  if (code >= 0) column.bits!.set(ordinal, code);
  else if (code !== NONE) for (const c of column.multi[-2 - code]!) column.bits!.set(ordinal, c);
}

function countsByValue(column: Column, counts: Int32Array): Record<string, number> {
  const result: Record<string, number> = {};
  counts.forEach((count, code) => {
    if (count > 0) result[String(column.values[code])] = count;
  });
  return result;
}
