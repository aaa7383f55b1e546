import type { Filter, Scalar } from '../engine';

/**
 * Whether one value (a field's value, or one element of an array field) meets the filter; for
 * `not_in` it says whether the value is in the list, which the caller negates over the whole field.
 */
export function matchesValue(v: unknown, filter: Filter): boolean {
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
