import { PAGE_PARAM } from '@/hooks/use-page-param';

/**
 * The address after changing some filters: a value sets its parameter, '' or undefined removes it.
 * Other parameters stay; the page goes back to the first, since the old page number means nothing
 * for a different set of results.
 */
export function withFilterParams(
  current: URLSearchParams,
  changes: Record<string, string | undefined>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [name, value] of Object.entries(changes)) {
    if (value) next.set(name, value);
    else next.delete(name);
  }
  next.delete(PAGE_PARAM);
  return next;
}

/** A value from the address only if it is one of the allowed ones (a hand-edited address may hold anything). */
export function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** A whole number from the address within bounds, else undefined. */
export function intBetween(value: string | null, min: number, max: number): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

/** Search words as the API accepts them (at most 100 characters), or undefined for none. */
export function searchText(value: string | null): string | undefined {
  return value?.trim().slice(0, 100) || undefined;
}
