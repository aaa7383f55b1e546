import { z } from 'zod';

export const ROLES = ['admin', 'consultant', 'contractor', 'candidate', 'municipality'] as const;
export const ZRole = z.enum(ROLES);
export type TRole = z.infer<typeof ZRole>;

export const ZObjectId = z
  .string()
  .regex(/^[0-9a-f]{24}$/i, 'Must be a 24-character hexadecimal id')
  .meta({ description: 'MongoDB ObjectId', example: '665f1c2ab5c0f1a2b3c4d5e6' });

export const ZIdParams = z.strictObject({ id: ZObjectId });
export type TIdParams = z.infer<typeof ZIdParams>;

export const ZIsoDateTime = z.iso.datetime({ offset: true });

/**
 * Options for a refinement that reads parsed fields: `.superRefine(fn, whenValid)`. By default zod runs
 * an object's refinements even after one of its fields failed a format check (a date's, a length), on
 * the raw value, so a rule could read `startDate: ""` as a date (the trial rules threw on it: a 500).
 * With this the refinement runs only on a value that parsed without issues.
 */
export const whenValid = { when: (payload: { issues: readonly unknown[] }) => payload.issues.length === 0 };

/**
 * The text of a list's `q` filter. Control characters (NUL, tab, line breaks) are refused: they mean
 * nothing in a search box and NUL cannot travel in a MongoDB pattern. The limits apply to the text as
 * sent, before trimming, so the OpenAPI document describes exactly what is accepted.
 */
export const ZSearchText = z
  .string()
  .max(100)
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'Search text cannot contain control characters')
  .trim();

export const MAX_PAGE_SIZE = 100;

/** Shared list query: page + limit with a hard maximum, so no list is unbounded. */
export const ZPageQuery = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});
export type TPageQuery = z.infer<typeof ZPageQuery>;

export const ZPageInfo = z.object({
  page: z.number().int(),
  limit: z.number().int(),
  total: z.number().int(),
  pages: z.number().int(),
});
export type TPageInfo = z.infer<typeof ZPageInfo>;

export function ZPageOf<T extends z.ZodType>(item: T) {
  return z.object({ data: z.array(item), page: ZPageInfo });
}

export function ZDataOf<T extends z.ZodType>(item: T) {
  return z.object({ data: item });
}

export const ZOk = z.object({ data: z.object({ ok: z.literal(true) }) });
