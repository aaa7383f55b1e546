import type { BundlePart, SearchDocument } from '@kansplek/search';
import type { PlaceDoc } from '../places/places.model';

/** A place from the places index as a possible bundle part. */
export function bundlePartFromDocument(d: SearchDocument): BundlePart {
  return {
    id: d.id,
    contractorId: String(d.contractorId),
    location: d._geo ?? { lat: 0, lng: 0 },
    hours: { min: Number(d.hoursMin ?? 0), max: Number(d.hoursMax ?? 0) },
    iscoCode: d.iscoCode ? String(d.iscoCode) : null,
    sector: d.sector ? String(d.sector) : null,
    skills: [...((d.requiredSkills as string[]) ?? []), ...((d.desirableSkills as string[]) ?? [])],
  };
}

/** A stored place as a possible bundle part (null without the location or hours a part needs). */
export function bundlePartFromPlace(p: PlaceDoc): BundlePart | null {
  if (!p.location || !p.hours) return null;
  return {
    id: String(p._id),
    contractorId: String(p.contractorId),
    location: { lat: p.location.location.lat ?? 0, lng: p.location.location.lng ?? 0 },
    hours: { min: p.hours.min, max: p.hours.max },
    iscoCode: p.occupation?.iscoCode ?? null,
    sector: p.sector ?? null,
    skills: [...(p.requiredSkills ?? []), ...(p.desirableSkills ?? [])],
  };
}
