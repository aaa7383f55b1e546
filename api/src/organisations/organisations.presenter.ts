import { findByIds } from '../database/find-by-id';
import type { Types } from 'mongoose';
import type { TOrganisation, TOrganisationSummary } from '../contract';
import { OrganisationModel, type OrganisationDoc } from './organisations.model';

export function presentOrganisationSummary(
  org: Pick<OrganisationDoc, '_id' | 'kind' | 'name'>,
): TOrganisationSummary {
  return { id: String(org._id), kind: org.kind, name: org.name };
}

export function presentOrganisation(org: OrganisationDoc): TOrganisation {
  const address = org.address;
  return {
    ...presentOrganisationSummary(org),
    kvkNumber: org.kvkNumber ?? null,
    municipalityCode: org.municipalityCode ?? null,
    address: address
      ? {
          street: address.street ?? null,
          houseNumber: address.houseNumber ?? null,
          postcode: address.postcode,
          city: address.city ?? null,
          municipalityCode: address.municipalityCode ?? null,
          location: { lat: address.location.lat ?? 0, lng: address.location.lng ?? 0 },
        }
      : null,
    regionIds: (org.regionIds ?? []).map(String),
    displacement: org.displacement
      ? {
          date: org.displacement.date,
          note: org.displacement.note,
          setAt: org.displacement.setAt.toISOString(),
          setBy: String(org.displacement.setBy),
        }
      : null,
    version: org.version ?? 0,
    createdAt: org.createdAt.toISOString(),
  };
}

/** Summaries for a set of ids in one query, keyed by id, for presenters that show an organisation's name. */
export async function loadOrganisationSummaries(
  ids: Array<Types.ObjectId | string>,
): Promise<Map<string, TOrganisationSummary>> {
  const unique = [...new Set(ids.map(String))];
  const orgs = await OrganisationModel.find({ _id: { $in: unique } })
    .select({ kind: 1, name: 1 })
    .lean();
  return new Map(orgs.map((org) => [String(org._id), presentOrganisationSummary(org)]));
}

/** Whether the organisation carries a displacement flag (placements there need confirmation). */
export const hasDisplacementFlag = (org: Pick<OrganisationDoc, 'displacement'>): boolean =>
  !!org.displacement;

/** Those of the given contractors that carry a displacement flag (placements need confirmation). */
export async function flaggedContractorIds(ids: Array<Types.ObjectId | string>): Promise<Set<string>> {
  const orgs = await findByIds(OrganisationModel, ids);
  return new Set(orgs.filter(hasDisplacementFlag).map((org) => String(org._id)));
}

export const UNKNOWN_ORGANISATION: TOrganisationSummary = {
  id: '000000000000000000000000',
  kind: 'service_point',
  name: '—',
};
