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

/**
 * A case-insensitive "contains" filter for user text, read alike by MongoDB (PCRE) and FerretDB (Go's
 * regexp). A pattern string, not a RegExp: a RegExp's source spells U+2028/U+2029 as `\u2028`, which
 * neither dialect reads (a 500). Metacharacters get a backslash; control characters, invisible format
 * characters and line/paragraph separators are spelled `\x{…}`, which both read, since NUL cannot
 * travel in a pattern at all.
 */
export function containsPattern(text: string): { $regex: string; $options: 'i' } {
  const escaped = text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\x{${c.codePointAt(0)!.toString(16)}}`);
  return { $regex: escaped, $options: 'i' };
}

/** Page info for a result that knows its total (search engines count for us). */
export function pageInfo(page: number, limit: number, total: number): TPageInfo {
  return { page, limit, total, pages: Math.max(1, Math.ceil(total / Math.max(1, limit))) };
}
