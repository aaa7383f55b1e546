import { ZCreateRegion, ZUpdateRegion, type TRegion } from '@kansplek/api/contract';
import { z } from 'zod';

export type RegionFormField = 'name' | 'servicePointId' | 'municipalityIds';
export type RegionFormValues = Record<RegionFormField, string>;

export const EMPTY_REGION_FORM: RegionFormValues = { name: '', servicePointId: '', municipalityIds: '' };

export function regionToFormValues(region: TRegion): RegionFormValues {
  return {
    name: region.name,
    servicePointId: region.servicePoint.id,
    municipalityIds: region.municipalities.map((m) => m.id).join(','),
  };
}

const ids = (value: string) => value.split(',').filter(Boolean);

/** The form's strings → a create body; a change (with its version) cannot move the region to another service point. */
export function regionFormSchema(version?: number) {
  return z.custom<RegionFormValues>().transform((values, ctx) => {
    const parsed =
      version === undefined
        ? ZCreateRegion.safeParse({ ...values, municipalityIds: ids(values.municipalityIds) })
        : ZUpdateRegion.safeParse({
            version,
            name: values.name,
            municipalityIds: ids(values.municipalityIds),
          });
    for (const issue of parsed.error?.issues ?? []) ctx.issues.push(issue as (typeof ctx.issues)[number]);
    return parsed.success ? parsed.data : z.NEVER;
  });
}

/** Which region already has each organisation (a municipality or service point belongs to one region). */
export function takenBy(regions: TRegion[], exceptRegionId?: string): Map<string, string> {
  const taken = new Map<string, string>();
  for (const region of regions) {
    if (region.id === exceptRegionId) continue;
    taken.set(region.servicePoint.id, region.name);
    for (const municipality of region.municipalities) taken.set(municipality.id, region.name);
  }
  return taken;
}
