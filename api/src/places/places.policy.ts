import type { QueryFilter } from 'mongoose';
import type { SessionUser } from '../http/session-user';
import { AppError } from '../http/app-error';
import { OrganisationModel, type OrganisationDoc } from '../organisations/organisations.model';
import type { PlaceDoc } from './places.model';

// Matches no document: for callers who may see no place at all.
const NOTHING: QueryFilter<PlaceDoc> = { _id: { $in: [] } };

/** The contractors working in a region (their `regionIds` contain it). */
async function contractorIdsOfRegion(regionId: string) {
  const orgs = await OrganisationModel.find({ kind: 'contractor', regionIds: regionId })
    .select({ _id: 1 })
    .lean();
  return orgs.map((org) => org._id);
}

/**
 * Which places a user may see. Contractors: their own organisation's. Consultants: those of every
 * contractor working in their region. Candidates: open places in their region only. Nobody else.
 */
export async function placeScope(user: SessionUser): Promise<QueryFilter<PlaceDoc>> {
  switch (user.role) {
    case 'contractor':
      return { contractorId: user.organisationId };
    case 'consultant':
      return user.regionId ? { contractorId: { $in: await contractorIdsOfRegion(user.regionId) } } : NOTHING;
    case 'candidate':
      return user.regionId ? { regionId: user.regionId, status: 'open' } : NOTHING;
    default:
      return NOTHING;
  }
}

/**
 * Whether the user may see this one place: the same rule as `placeScope`, decided from the place and
 * (for consultants) its contractor, each read by id. `placeScope` lists every contractor of the region,
 * which on FerretDB is a scan of all organisations; opening one place should not cost that.
 */
export async function maySeePlace(
  user: SessionUser,
  place: { contractorId: unknown; regionId?: unknown; status: string },
): Promise<boolean> {
  switch (user.role) {
    case 'contractor':
      return String(place.contractorId) === user.organisationId;
    case 'consultant': {
      if (!user.regionId) return false;
      const contractor = await OrganisationModel.findById(place.contractorId)
        .select({ kind: 1, regionIds: 1 })
        .lean();
      return (
        contractor?.kind === 'contractor' &&
        (contractor.regionIds ?? []).some((id) => String(id) === user.regionId)
      );
    }
    case 'candidate':
      return !!user.regionId && String(place.regionId) === user.regionId && place.status === 'open';
    default:
      return false;
  }
}

/** Readers who get the full place; everyone else (candidates) gets the public view. */
export function seesPlaceAdministration(user: SessionUser): boolean {
  return user.role === 'contractor' || user.role === 'consultant';
}

function invalidContractor(message: string) {
  return new AppError(422, 'unprocessable', message, {
    issues: [{ path: 'body.contractorId', code: 'invalid_reference', message }],
  });
}

/**
 * The contractor a new place is for: a contractor always creates for its own organisation; a
 * consultant for a contractor working in their region.
 */
export async function resolveContractorForNewPlace(
  user: SessionUser,
  contractorId: string | undefined,
): Promise<OrganisationDoc> {
  if (user.role === 'contractor') {
    if (contractorId && contractorId !== user.organisationId)
      throw invalidContractor('You can only offer places for your own organisation');
    const own = await OrganisationModel.findOne({
      _id: user.organisationId,
      kind: 'contractor',
    }).lean<OrganisationDoc>();
    if (!own) throw invalidContractor('Your organisation is not registered as a contractor');
    return own;
  }
  if (!contractorId) {
    throw new AppError(400, 'validation_failed', 'The request is not valid', {
      issues: [{ path: 'body.contractorId', code: 'invalid_type', message: 'Choose the contractor' }],
    });
  }
  const contractor = user.regionId
    ? await OrganisationModel.findOne({
        _id: contractorId,
        kind: 'contractor',
        regionIds: user.regionId,
      }).lean<OrganisationDoc>()
    : null;
  if (!contractor) throw invalidContractor('Choose a contractor working in your region');
  return contractor;
}
