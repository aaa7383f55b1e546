import type { Filter, Scalar, SearchDocument } from '../engine';

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

/**
 * The filters as one predicate, built once per search: equality on a single value (the common
 * case: region, status, flags) is a direct comparison, the rest goes through `matchesFilter`.
 */
export function compileFilters(filters: Filter[]): (doc: SearchDocument) => boolean {
  const tests = filters.map((filter): ((doc: SearchDocument) => boolean) => {
    const { field } = filter;
    if (filter.op === 'eq') {
      const wanted = filter.value;
      return (doc) => {
        const v = doc[field];
        return v === wanted || (Array.isArray(v) && v.includes(wanted));
      };
    }
    if (filter.op === 'gte' || filter.op === 'lte') {
      const bound = filter.value;
      const up = filter.op === 'gte';
      return (doc) => {
        const v = doc[field];
        if (typeof v === 'number') return up ? v >= bound : v <= bound;
        return matchesFilter(doc, filter);
      };
    }
    return (doc) => matchesFilter(doc, filter);
  });
  return (doc) => {
    for (let i = 0; i < tests.length; i += 1) if (!tests[i]!(doc)) return false;
    return true;
  };
}

/** Counts each value of the facet fields over the documents (array fields count every element once). */
export function countFacets(
  docs: SearchDocument[],
  fields: string[],
): Record<string, Record<string, number>> {
  const facets: Record<string, Record<string, number>> = {};
  for (const field of fields) {
    // Counted in a Map and turned into an object once: this runs over every hit of a search.
    const counts = new Map<unknown, number>();
    for (const doc of docs) {
      const value = doc[field];
      if (Array.isArray(value)) {
        // Each distinct element once; the arrays are short, so no Set per document.
        for (let i = 0; i < value.length; i += 1) {
          const v: unknown = value[i];
          if (value.indexOf(v) === i) counts.set(v, (counts.get(v) ?? 0) + 1);
        }
      } else if (value !== undefined && value !== null) {
        counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    facets[field] = Object.fromEntries([...counts].map(([v, n]) => [String(v), n]));
  }
  return facets;
}
