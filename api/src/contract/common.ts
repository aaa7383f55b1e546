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
