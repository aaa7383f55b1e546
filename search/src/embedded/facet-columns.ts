import type { SearchDocument } from '../engine';

/** A facet field's values as small integers per document ordinal (-1: none; an array: several). */
interface Column {
  codeOf: Map<unknown, number>;
  values: unknown[];
  codes: Array<number | number[]>;
}

/**
 * Facet counts over every hit of a search, as array increments instead of map lookups: each value of
 * a facet field gets a number once, when the document is added. A one-letter search in 100,000
 * candidates counts five facets over nearly every document; with maps that took ~45 ms, this ~2 ms.
 * Written by hand: it is a dictionary encoding of a few fields, not worth a dependency.
 */
export class FacetColumns {
  private readonly columns = new Map<string, Column>();

  constructor(private readonly fields: readonly string[]) {
    for (const field of fields) this.columns.set(field, { codeOf: new Map(), values: [], codes: [] });
  }

  private code(column: Column, value: unknown): number {
    let code = column.codeOf.get(value);
    if (code === undefined) {
      code = column.values.push(value) - 1;
      column.codeOf.set(value, code);
    }
    return code;
  }

  /** Records the document's facet values under its ordinal (ordinals are appended in order). */
  add(ordinal: number, doc: SearchDocument): void {
    for (const [field, column] of this.columns) {
      const value = doc[field];
      column.codes[ordinal] = Array.isArray(value)
        ? [...new Set(value.map((v) => this.code(column, v)))]
        : value === undefined || value === null
          ? -1
          : this.code(column, value);
    }
  }

  clear(): void {
    for (const field of this.fields) this.columns.set(field, { codeOf: new Map(), values: [], codes: [] });
  }

  has(field: string): boolean {
    return this.columns.has(field);
  }

  /** Counts per value of `field` over the given ordinals. */
  count(field: string, ordinals: number[]): Record<string, number> {
    const column = this.columns.get(field)!;
    const counts = new Int32Array(column.values.length);
    for (const o of ordinals) {
      const code = column.codes[o]!;
      if (typeof code === 'number') {
        if (code >= 0) counts[code] = counts[code]! + 1;
      } else {
        for (const c of code) counts[c] = counts[c]! + 1;
      }
    }
    const result: Record<string, number> = {};
    counts.forEach((n, code) => {
      if (n > 0) result[String(column.values[code])] = n;
    });
    return result;
  }
}
