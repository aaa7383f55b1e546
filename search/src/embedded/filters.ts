import type { Filter, Scalar, SearchDocument } from '../engine';

function values(doc: SearchDocument, field: string): unknown[] {
  const value = doc[field];
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** One filter against one document, with Meilisearch's semantics: an array field matches if any element does. */
export function matchesFilter(doc: SearchDocument, filter: Filter): boolean {
  const present = values(doc, filter.field);
  switch (filter.op) {
    case 'eq':
      return present.some((v) => v === filter.value);
    case 'in':
      return present.some((v) => filter.values.includes(v as Scalar));
    case 'not_in':
      return !present.some((v) => filter.values.includes(v as Scalar));
    case 'gte':
      return present.some((v) => typeof v === 'number' && v >= filter.value);
    case 'lte':
      return present.some((v) => typeof v === 'number' && v <= filter.value);
    case 'gt':
      return present.some((v) => typeof v === 'number' && v > filter.value);
    case 'lt':
      return present.some((v) => typeof v === 'number' && v < filter.value);
  }
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
