import { PLACES_INDEX, epochDay, type SearchDocument } from '@kansplek/search';
import { educationRank, languageRank } from '../candidates/candidates.search';
import { loadOrganisationSummaries } from '../organisations/organisations.presenter';
import { mongoSyncSource } from '../search-sync/mongo-sync-source';
import { PlaceModel, type PlaceDoc } from './places.model';

/** The place as the places index holds it: drafts are indexed too (consultants see them), never without a location. */
export function toPlaceDocument(p: PlaceDoc, contractorName: string): SearchDocument | null {
  if (!p.location) return null;
  return {
    id: String(p._id),
    regionId: p.regionId ? String(p.regionId) : '',
    contractorId: String(p.contractorId),
    contractId: p.contractId ? String(p.contractId) : '',
    contractorName,
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
    municipalityCode: p.location.municipalityCode ?? '',
    city: p.location.city ?? '',
    _geo: { lat: p.location.location.lat ?? 0, lng: p.location.location.lng ?? 0 },
  };
}

export const placesSyncSource = () =>
  mongoSyncSource(PlaceModel, PLACES_INDEX, async (records) => {
    const contractors = await loadOrganisationSummaries(records.map((p) => p.contractorId));
    return records.map((p) => toPlaceDocument(p, contractors.get(String(p.contractorId))?.name ?? ''));
  });
