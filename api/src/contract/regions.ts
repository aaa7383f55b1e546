import { z } from 'zod';
import { ZObjectId, ZPageQuery, ZSearchText } from './common';
import { ZOrganisationSummary } from './organisations';

/** The municipalities a service point serves (e.g. Midden-Gelderland). */
export const ZRegion = z
  .object({
    id: ZObjectId,
    name: z.string(),
    servicePoint: ZOrganisationSummary,
    municipalities: z.array(ZOrganisationSummary),
    version: z.number().int(),
  })
  .meta({ id: 'Region' });
export type TRegion = z.infer<typeof ZRegion>;

export const ZCreateRegion = z.strictObject({
  name: z.string().trim().min(2).max(120),
  servicePointId: ZObjectId,
  municipalityIds: z.array(ZObjectId).min(1).max(100),
});
export type TCreateRegion = z.infer<typeof ZCreateRegion>;

export const ZUpdateRegion = z.strictObject({
  version: z.number().int().min(0),
  name: z.string().trim().min(2).max(120).optional(),
  municipalityIds: z.array(ZObjectId).min(1).max(100).optional(),
});
export type TUpdateRegion = z.infer<typeof ZUpdateRegion>;

export const ZRegionListQuery = ZPageQuery.extend({
  q: ZSearchText.optional(),
  sort: z.enum(['name', '-name']).default('name'),
});
export type TRegionListQuery = z.infer<typeof ZRegionListQuery>;
