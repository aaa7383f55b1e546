import type { SessionUser } from '../http/session-user';
import type { TPlace, TPlaceLink, TPublicPlace } from '../contract';
import { ContractModel } from '../contracts/contracts.model';
import {
  flaggedContractorIds,
  loadOrganisationSummaries,
  UNKNOWN_ORGANISATION,
} from '../organisations/organisations.presenter';
import { findByIds } from '../database/find-by-id';
import { PlaceModel, type PlaceDoc } from './places.model';
import { seesPlaceAdministration } from './places.policy';

type ContractSummary = NonNullable<TPlace['contract']>;

/** Title and contractor of the places linked by bundles (parts and combined places). */
async function loadPlaceLinks(places: PlaceDoc[]): Promise<Map<string, TPlaceLink>> {
  const ids = [
    ...new Set(
      places.flatMap((p) => [...(p.bundlePartIds ?? []), ...(p.bundledIntoId ? [p.bundledIntoId] : [])]),
    ),
  ].map(String);
  if (!ids.length) return new Map();
  const linked = await findByIds(PlaceModel, ids);
  const contractors = await loadOrganisationSummaries(linked.map((p) => p.contractorId));
  return new Map(
    linked.map((p) => [
      String(p._id),
      {
        id: String(p._id),
        title: p.title,
        contractorName: contractors.get(String(p.contractorId))?.name ?? UNKNOWN_ORGANISATION.name,
      },
    ]),
  );
}

interface PlaceRelations {
  contracts: Map<string, ContractSummary>;
  flagged: Set<string>;
  links: Map<string, TPlaceLink>;
}

async function loadContractSummaries(places: PlaceDoc[]): Promise<Map<string, ContractSummary>> {
  const ids = [...new Set(places.flatMap((p) => (p.contractId ? [String(p.contractId)] : [])))];
  if (!ids.length) return new Map();
  // Only what identifies the contract: its value and obligation are not the place's business.
  const contracts = await ContractModel.find({ _id: { $in: ids } })
    .select({ title: 1, reference: 1, status: 1 })
    .lean();
  return new Map(
    contracts.map((c) => [
      String(c._id),
      { id: String(c._id), title: c.title, reference: c.reference, status: c.status },
    ]),
  );
}

/** What the place offers; every reader may see this. */
function presentOffer(place: PlaceDoc) {
  return {
    id: String(place._id),
    kind: place.kind,
    title: place.title,
    description: place.description ?? '',
    occupation: place.occupation
      ? { iscoCode: place.occupation.iscoCode, label: place.occupation.label }
      : null,
    sector: place.sector ?? null,
    requiredSkills: [...(place.requiredSkills ?? [])],
    desirableSkills: [...(place.desirableSkills ?? [])],
    hours: place.hours ? { min: place.hours.min, max: place.hours.max } : null,
    startDate: place.startDate ?? null,
    durationMonths: place.durationMonths ?? null,
    positions: place.positions ?? 1,
    requirements: {
      drivingLicence: place.requirements?.drivingLicence ?? false,
      dutchLevel: place.requirements?.dutchLevel ?? null,
      educationLevel: place.requirements?.educationLevel ?? null,
    },
    support: [...(place.support ?? [])],
    status: place.status,
  } satisfies Partial<TPlace>;
}

const point = (location: { lat?: number | null; lng?: number | null }) => ({
  lat: location.lat ?? 0,
  lng: location.lng ?? 0,
});

function presentPublicPlace(place: PlaceDoc, employerName: string): TPublicPlace {
  return {
    ...presentOffer(place),
    employer: { name: employerName },
    location: place.location
      ? {
          postcode: place.location.postcode,
          city: place.location.city ?? null,
          location: point(place.location.location),
        }
      : null,
  };
}

function presentFullPlace(
  place: PlaceDoc,
  contractor: TPlace['contractor'],
  related: PlaceRelations,
): TPlace {
  const location = place.location;
  const link = (id: unknown) =>
    related.links.get(String(id)) ?? {
      id: String(id),
      title: '—',
      contractorName: UNKNOWN_ORGANISATION.name,
    };
  const confirmation = place.displacementConfirmation;
  return {
    ...presentOffer(place),
    contractor,
    contract: place.contractId ? (related.contracts.get(String(place.contractId)) ?? null) : null,
    regionId: place.regionId ? String(place.regionId) : null,
    location: location
      ? {
          street: location.street ?? null,
          houseNumber: location.houseNumber ?? null,
          postcode: location.postcode,
          city: location.city ?? null,
          municipalityCode: location.municipalityCode ?? null,
          location: point(location.location),
        }
      : null,
    statusChangedAt: place.statusChangedAt ? place.statusChangedAt.toISOString() : null,
    history: (place.history ?? []).map((entry) => ({
      from: entry.from ?? null,
      to: entry.to,
      at: entry.at.toISOString(),
      by: { id: String(entry.byId), name: entry.byName },
    })),
    createdBy: { id: String(place.createdBy), name: place.createdByName },
    displacement: {
      flagged: related.flagged.has(String(place.contractorId)),
      confirmation: confirmation
        ? {
            at: confirmation.at.toISOString(),
            by: { id: String(confirmation.byId), name: confirmation.byName },
            note: confirmation.note,
          }
        : null,
    },
    bundle: place.bundlePartIds?.length ? { parts: place.bundlePartIds.map(link) } : null,
    bundledInto: place.bundledIntoId ? link(place.bundledIntoId) : null,
    createdAt: place.createdAt.toISOString(),
    updatedAt: place.updatedAt.toISOString(),
    version: place.version ?? 0,
  };
}

/**
 * The one place where it is decided what a reader sees of places: contractors and consultants the
 * whole place; candidates only the offer and the employer's name (no contract, no people, no history).
 */
export async function presentPlaces(
  user: SessionUser,
  places: PlaceDoc[],
): Promise<Array<TPlace | TPublicPlace>> {
  const contractors = await loadOrganisationSummaries(places.map((p) => p.contractorId));
  const contractorOf = (place: PlaceDoc) =>
    contractors.get(String(place.contractorId)) ?? UNKNOWN_ORGANISATION;
  if (!seesPlaceAdministration(user))
    return places.map((place) => presentPublicPlace(place, contractorOf(place).name));
  const [contracts, flagged, links] = await Promise.all([
    loadContractSummaries(places),
    flaggedContractorIds(places.map((p) => p.contractorId)),
    loadPlaceLinks(places),
  ]);
  return places.map((place) => presentFullPlace(place, contractorOf(place), { contracts, flagged, links }));
}

export async function presentPlace(user: SessionUser, place: PlaceDoc): Promise<TPlace | TPublicPlace> {
  const [presented] = await presentPlaces(user, [place]);
  return presented!;
}
