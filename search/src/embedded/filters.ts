import type { Filter, Scalar, SearchDocument } from '../engine';

function values(doc: SearchDocument, field: string): unknown[] {
  const value = doc[field];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function test(v: unknown, filter: Filter): boolean {
  switch (filter.op) {
    case 'eq':
      return v === filter.value;
    case 'in':
    case 'not_in':
      return filter.values.includes(v as Scalar);
    case 'gte':
      return typeof v === 'number' && v >= filter.value;
    case 'lte':
      return typeof v === 'number' && v <= filter.value;
    case 'gt':
      return typeof v === 'number' && v > filter.value;
    case 'lt':
      return typeof v === 'number' && v < filter.value;
  }
}

/**
 * One filter against one document, with Meilisearch's semantics: an array field matches if any
 * element does. This runs for every document of a filtered search, so it allocates nothing.
 */
export function matchesFilter(doc: SearchDocument, filter: Filter): boolean {
  const value = doc[filter.field];
  let any: boolean;
  if (Array.isArray(value)) any = value.some((v) => test(v, filter));
  else any = value !== undefined && value !== null && test(value, filter);
  return filter.op === 'not_in' ? !any : any;
}

export function matchesAll(doc: SearchDocument, filters: Filter[]): boolean {
  for (const filter of filters) if (!matchesFilter(doc, filter)) return false;
  return true;
}

/** Counts each value of the facet fields over the documents (array fields count every element once). */
export function countFacets(
  docs: Iterable<SearchDocument>,
  fields: string[],
): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = Object.fromEntries(fields.map((f) => [f, {}]));
  for (const doc of docs) {
    for (const field of fields) {
      const counts = facets[field]!;
      for (const v of new Set(values(doc, field))) {
        const key = String(v);
        counts[key] = (counts[key] ?? 0) + 1;
      }
    }
  }
  return facets;
}
