import type { Model, QueryFilter, SortOrder } from 'mongoose';
import type { TPageInfo, TPageQuery } from '../contract';

/** Turns `-name` into `{ name: -1, _id: 1 }`; `_id` breaks ties so pages never overlap. */
export function toSort(sort: string): Record<string, SortOrder> {
  const field = sort.replace(/^-/, '');
  return { [field]: sort.startsWith('-') ? -1 : 1, _id: 1 };
}

export async function paginate<T>(
  model: Model<T>,
  filter: QueryFilter<T>,
  query: TPageQuery & { sort?: string },
): Promise<{ items: T[]; page: TPageInfo }> {
  const [items, total] = await Promise.all([
    model
      .find(filter)
      .sort(toSort(query.sort ?? '_id'))
      .skip((query.page - 1) * query.limit)
      .limit(query.limit)
      .lean<T[]>(),
    model.countDocuments(filter),
  ]);
  return {
    items,
    page: { page: query.page, limit: query.limit, total, pages: Math.max(1, Math.ceil(total / query.limit)) },
  };
}

/** Escapes user text for a case-insensitive "contains" regex. */
export function containsPattern(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
}

/** Page info for a result that knows its total (search engines count for us). */
export function pageInfo(page: number, limit: number, total: number): TPageInfo {
  return { page, limit, total, pages: Math.max(1, Math.ceil(total / Math.max(1, limit))) };
}
