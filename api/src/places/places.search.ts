import type { QueryFilter, Types } from 'mongoose';
import { PLACES_INDEX, epochDay, type SearchDocument } from '@kansplek/search';
import { educationRank, languageRank } from '../candidates/candidates.search';
import { ContractModel } from '../contracts/contracts.model';
import { findByIds } from '../database/find-by-id';
import { OrganisationModel } from '../organisations/organisations.model';
import { hasDisplacementFlag } from '../organisations/organisations.presenter';
import { registerIndexedCopy } from '../search-sync/indexed-copies';
import { mongoSyncSource } from '../search-sync/mongo-sync-source';
import { PlaceModel, type PlaceDoc } from './places.model';

/**
 * What the places index copies from outside the place: its contractor's name and displacement flag,
 * and the preferred target groups of the contract it counts for. With these in the document, matching
 * needs nothing but the index. A change to them re-indexes the places concerned (registerPlaceIndexCopies).
 */
export interface PlaceContext {
  contractorName: string;
  contractorDisplacementFlagged: boolean;
  preferredTargetGroups: string[];
}

/** The place as the places index holds it: drafts are indexed too (consultants see them), never without a location. */
export function toPlaceDocument(p: PlaceDoc, context: PlaceContext): SearchDocument | null {
  if (!p.location) return null;
  return {
    id: String(p._id),
    regionId: p.regionId ? String(p.regionId) : '',
    contractorId: String(p.contractorId),
    contractId: p.contractId ? String(p.contractId) : '',
    contractorName: context.contractorName,
    title: p.title,
    description: p.description ?? '',
    occupationLabel: p.occupation?.label ?? '',
    iscoCode: p.occupation?.iscoCode ?? '',
    requiredSkills: p.requiredSkills,
    desirableSkills: p.desirableSkills,
    sector: p.sector ?? '',
    kind: p.kind,
    status: p.status,
    hoursMin: p.hours?.min ?? 0,
    hoursMax: p.hours?.max ?? 0,
    startDay: p.startDate ? epochDay(p.startDate) : 0,
    requiresDrivingLicence: !!p.requirements?.drivingLicence,
    minDutchLevelRank: languageRank(p.requirements?.dutchLevel),
    minEducationRank: p.requirements?.educationLevel ? educationRank(p.requirements.educationLevel) : 0,
    support: p.support,
    // Parts of a combined place are found through the combined place only.
    bundled: !!p.bundledIntoId,
    displacementConfirmed: !!p.displacementConfirmation,
    // For matching only: never searchable, and no endpoint returns them (presenters pick their fields).
    contractorDisplacementFlagged: context.contractorDisplacementFlagged,
    preferredTargetGroups: context.preferredTargetGroups,
    municipalityCode: p.location.municipalityCode ?? '',
    city: p.location.city ?? '',
    _geo: { lat: p.location.location.lat ?? 0, lng: p.location.location.lng ?? 0 },
  };
}

/**
 * The index documents of stored places, with their contractors and contracts read in one lookup by
 * ids each (for a sync batch, a rebuild batch, or a single place the index does not hold yet).
 */
export async function toPlaceDocuments(places: PlaceDoc[]): Promise<Array<SearchDocument | null>> {
  const contractorIds = places.map((p) => p.contractorId);
  const contractIds = places.flatMap((p) => (p.contractId ? [p.contractId] : []));
  const [contractors, contracts] = await Promise.all([
    findByIds(OrganisationModel, contractorIds),
    findByIds(ContractModel, contractIds),
  ]);
  const contractorOf = new Map(contractors.map((c) => [String(c._id), c]));
  const groupsOf = new Map(contracts.map((c) => [String(c._id), c.preferredTargetGroups.map(String)]));
  return places.map((p) => {
    const contractor = contractorOf.get(String(p.contractorId));
    return toPlaceDocument(p, {
      contractorName: contractor?.name ?? '',
      contractorDisplacementFlagged: contractor ? hasDisplacementFlag(contractor) : false,
      preferredTargetGroups: (p.contractId && groupsOf.get(String(p.contractId))) || [],
    });
  });
}

export const placesSyncSource = () => mongoSyncSource(PlaceModel, PLACES_INDEX, toPlaceDocuments);

const placeIds = async (filter: QueryFilter<PlaceDoc>) =>
  (await PlaceModel.find(filter).select({ _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>()).map((p) => p._id);

/** Declares the PlaceContext copies, so a contractor's or a contract's change re-indexes its places. */
export function registerPlaceIndexCopies(): void {
  const { collectionName } = PlaceModel.collection;
  registerIndexedCopy('organisation', {
    fields: ['name', 'displacement'],
    collectionName,
    documentsOf: (contractorId) => placeIds({ contractorId }),
  });
  registerIndexedCopy('contract', {
    fields: ['preferredTargetGroups'],
    collectionName,
    documentsOf: (contractId) => placeIds({ contractId }),
  });
}
