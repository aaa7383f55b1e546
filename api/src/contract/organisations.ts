import { z } from 'zod';
import { ZObjectId, ZPageQuery, ZSearchText, whenValid } from './common';
import { ZAddress, ZAddressInput, ZDate } from './domain';

export const ORGANISATION_KINDS = [
  'municipality',
  'service_point',
  'contractor',
  'social_enterprise',
] as const;
export const ZOrganisationKind = z.enum(ORGANISATION_KINDS);
export type TOrganisationKind = z.infer<typeof ZOrganisationKind>;

/** Chamber of Commerce (KvK) number: exactly 8 digits. */
export const ZKvkNumber = z
  .string()
  .trim()
  .regex(/^\d{8}$/, 'KvK number must be exactly 8 digits');
/** CBS municipality code, e.g. GM0202 (Arnhem). */
export const ZMunicipalityCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^GM\d{4}$/, 'Municipality code must be GM followed by 4 digits');

export const ZOrganisationSummary = z
  .object({
    id: ZObjectId,
    kind: ZOrganisationKind,
    name: z.string(),
  })
  .meta({ id: 'OrganisationSummary' });
export type TOrganisationSummary = z.infer<typeof ZOrganisationSummary>;

export const ZDisplacement = z.object({
  date: z.string(),
  note: z.string(),
  setAt: z.string(),
  setBy: ZObjectId,
});
export type TDisplacement = z.infer<typeof ZDisplacement>;

export const ZOrganisation = z
  .object({
    id: ZObjectId,
    kind: ZOrganisationKind,
    name: z.string(),
    kvkNumber: z.string().nullable(),
    municipalityCode: z.string().nullable(),
    address: ZAddress.nullable(),
    regionIds: z.array(ZObjectId),
    displacement: ZDisplacement.nullable(),
    version: z.number().int(),
    createdAt: z.string(),
  })
  .meta({ id: 'Organisation' });
export type TOrganisation = z.infer<typeof ZOrganisation>;

const companyKinds: readonly TOrganisationKind[] = ['contractor', 'social_enterprise'];

/** Companies need a KvK number and municipalities a CBS code; other kinds carry neither. */
export function identifierIssues(value: {
  kind: TOrganisationKind;
  kvkNumber?: string | null;
  municipalityCode?: string | null;
}): Array<{ field: 'kvkNumber' | 'municipalityCode'; message: string }> {
  const company = companyKinds.includes(value.kind);
  const issues: Array<{ field: 'kvkNumber' | 'municipalityCode'; message: string }> = [];
  if (company && !value.kvkNumber)
    issues.push({ field: 'kvkNumber', message: 'A company needs a KvK number' });
  if (!company && value.kvkNumber)
    issues.push({ field: 'kvkNumber', message: 'Only companies have a KvK number' });
  if (value.kind === 'municipality' && !value.municipalityCode) {
    issues.push({ field: 'municipalityCode', message: 'A municipality needs its CBS code' });
  }
  if (value.kind !== 'municipality' && value.municipalityCode) {
    issues.push({ field: 'municipalityCode', message: 'Only municipalities have a CBS code' });
  }
  return issues;
}

export const ZCreateOrganisation = z
  .strictObject({
    kind: ZOrganisationKind,
    name: z.string().trim().min(2, 'Enter a name').max(160),
    kvkNumber: ZKvkNumber.optional(),
    municipalityCode: ZMunicipalityCode.optional(),
    address: ZAddressInput.optional(),
    regionIds: z.array(ZObjectId).max(20).optional(),
  })
  .superRefine((value, ctx) => {
    for (const issue of identifierIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  }, whenValid);
export type TCreateOrganisation = z.infer<typeof ZCreateOrganisation>;

export const ZUpdateOrganisation = z.strictObject({
  version: z.number().int().min(0),
  name: z.string().trim().min(2).max(160).optional(),
  kvkNumber: ZKvkNumber.optional(),
  municipalityCode: ZMunicipalityCode.optional(),
  address: ZAddressInput.nullable().optional(),
  regionIds: z.array(ZObjectId).max(20).optional(),
});
export type TUpdateOrganisation = z.infer<typeof ZUpdateOrganisation>;

export const ZSetDisplacement = z.strictObject({
  version: z.number().int().min(0),
  date: ZDate,
  note: z.string().trim().min(3, 'Describe the collective dismissal').max(1000),
});
export type TSetDisplacement = z.infer<typeof ZSetDisplacement>;

export const ZVersionOnly = z.strictObject({ version: z.number().int().min(0) });
export type TVersionOnly = z.infer<typeof ZVersionOnly>;

export const ZOrganisationListQuery = ZPageQuery.extend({
  kind: ZOrganisationKind.optional(),
  q: ZSearchText.optional(),
  regionId: ZObjectId.optional(),
  displaced: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['name', '-name', 'createdAt', '-createdAt']).default('name'),
});
export type TOrganisationListQuery = z.infer<typeof ZOrganisationListQuery>;
