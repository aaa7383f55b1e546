import type { Filter, HighlightSegment, Scalar, SearchQuery } from '../engine';

export const PRE_TAG = '\u0002';
export const POST_TAG = '\u0003';

function literal(value: Scalar): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

const OPERATORS = { gte: '>=', lte: '<=', gt: '>', lt: '<' } as const;

/** Our structured filters as Meilisearch filter expressions (ANDed as an array). */
export function toMeiliFilter(filter: Filter): string {
  const field = filter.field;
  switch (filter.op) {
    case 'eq':
      return `${field} = ${literal(filter.value)}`;
    case 'in':
      return filter.values.length
        ? `${field} IN [${filter.values.map(literal).join(', ')}]`
        : `${field} IN []`;
    case 'not_in':
      return filter.values.length
        ? `${field} NOT IN [${filter.values.map(literal).join(', ')}]`
        : `NOT ${field} IN []`;
    default:
      return `${field} ${OPERATORS[filter.op]} ${filter.value}`;
  }
}

export function toMeiliFilters(query: SearchQuery): string[] {
  const filters = (query.filters ?? []).map(toMeiliFilter);
  if (query.geo?.radiusKm !== undefined) {
    filters.push(`_geoRadius(${query.geo.lat}, ${query.geo.lng}, ${Math.round(query.geo.radiusKm * 1000)})`);
  }
  return filters;
}

export function toMeiliSort(query: SearchQuery): string[] | undefined {
  if (!query.sort?.length) return undefined;
  return query.sort.map((rule) => {
    if (rule.field !== '_geo') return `${rule.field}:${rule.direction}`;
    if (!query.geo) throw new Error('Sorting by distance needs a geo point in the query');
    return `_geoPoint(${query.geo.lat}, ${query.geo.lng}):${rule.direction}`;
  });
}

/** Turns a highlighted string (matches between PRE_TAG and POST_TAG) into segments. */
export function toSegments(formatted: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let rest = formatted;
  while (rest.length) {
    const start = rest.indexOf(PRE_TAG);
    if (start === -1) {
      segments.push({ text: rest, match: false });
      break;
    }
    const end = rest.indexOf(POST_TAG, start);
    if (start > 0) segments.push({ text: rest.slice(0, start), match: false });
    segments.push({ text: rest.slice(start + 1, end === -1 ? undefined : end), match: true });
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  // Adjacent marked pieces of one word come back as one match, like the embedded engine's.
  return segments.reduce<HighlightSegment[]>((merged, s) => {
    const prev = merged[merged.length - 1];
    if (prev && prev.match === s.match) prev.text += s.text;
    else merged.push({ ...s });
    return merged;
  }, []);
}

/** Synonyms as Meilisearch wants them: every word of a group points at all the others. */
export function expandSynonyms(synonyms: Record<string, string[]>): Record<string, string[]> {
  const expanded: Record<string, Set<string>> = {};
  for (const [word, alternatives] of Object.entries(synonyms)) {
    const group = [word, ...alternatives];
    for (const term of group) {
      expanded[term] ??= new Set();
      for (const other of group) if (other !== term) expanded[term].add(other);
    }
  }
  return Object.fromEntries(Object.entries(expanded).map(([k, v]) => [k, [...v]]));
}
