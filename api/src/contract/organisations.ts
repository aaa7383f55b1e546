import { z } from 'zod';
import { ZObjectId, ZPageQuery } from './common';

export const ORGANISATION_KINDS = [
  'municipality',
  'service_point',
  'contractor',
  'social_enterprise',
] as const;
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);
export type TOrganisationKind = z.infer<typeof ZOrganisationKind>;

/** Chamber of Commerce (KvK) number: exactly 8 digits. */
export const ZKvkNumber = z.string().regex(/^\d{8}$/, 'KvK number must be exactly 8 digits');
/** CBS municipality code, e.g. GM0202 (Arnhem). */
export const ZMunicipalityCode = z
  .string()
  .regex(/^GM\d{4}$/, 'Municipality code must be GM followed by 4 digits');

export const ZOrganisationSummary = z
  .object({
    id: ZObjectId,
    kind: ZOrganisationKind,
    name: z.string(),
  })
  .meta({ id: 'OrganisationSummary' });
export type TOrganisationSummary = z.infer<typeof ZOrganisationSummary>;

export const ZOrganisationListQuery = ZPageQuery.extend({
  kind: ZOrganisationKind.optional(),
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('name'),
});
export type TOrganisationListQuery = z.infer<typeof ZOrganisationListQuery>;
