import type { FacetOption } from './facet-radios';

/**
 * The choices of one facet with their numbers of results. Facet counts come from the current results,
 * so once a value of this facet is chosen the other values count nothing; their counts are left out
 * rather than shown as a misleading 0.
 */
export function facetOptions(
  values: readonly string[],
  label: (value: string) => string,
  counts: Record<string, number> | undefined,
  chosen: string,
): FacetOption[] {
  return values.map((value) => ({
    value,
    label: label(value),
    count: counts === undefined || (chosen !== '' && chosen !== value) ? undefined : (counts[value] ?? 0),
  }));
}
