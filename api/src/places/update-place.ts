import { findByIdMatching } from '../database/find-by-id';
import type { QueryFilter } from 'mongoose';
import { publish } from '../events/domain-events';
import type { SessionUser } from '../http/session-user';
import type {
  TCreatePlace,
  TPageInfo,
  TPlace,
  TPlaceListQuery,
  TPublicPlace,
  TUpdatePlace,
} from '../contract';
import { EDITABLE_PLACE_STATUSES, missingToOpen } from '../contract';
import { AppError, notFound, staleVersion } from '../http/app-error';
import { containsPattern, paginate } from '../http/pagination';
import { OrganisationModel, type OrganisationDoc } from '../organisations/organisations.model';
import { assertLinkableContract, geocodeWorkLocation, regionForPlace } from './place-references';
import { PlaceModel, type PlaceDoc } from './places.model';
import { maySeePlace, placeScope, resolveContractorForNewPlace } from './places.policy';
import { updateDocument } from '../database/document-lock';
import { presentPlace, presentPlaces } from './places.presenter';

export async function listPlaces(
  user: SessionUser,
  query: TPlaceListQuery,
): Promise<{ data: Array<TPlace | TPublicPlace>; page: TPageInfo }> {
  const filter: QueryFilter<PlaceDoc> = { $and: [await placeScope(user)] };
  if (query.status) filter.status = query.status;
  if (query.kind) filter.kind = query.kind;
  if (query.contractorId) filter.contractorId = query.contractorId;
  if (query.contractId) filter.contractId = query.contractId;
  if (query.sector) filter.sector = query.sector;
  if (query.q) filter.title = containsPattern(query.q);
  const { items, page } = await paginate(PlaceModel, filter, query);
  return { data: await presentPlaces(user, items as PlaceDoc[]), page };
}

/** A place the user may see; outside their scope it does not exist for them (404, not 403). */
export async function findVisiblePlace(user: SessionUser, id: string): Promise<PlaceDoc> {
  const place = await findByIdMatching(PlaceModel, id);
  if (!place || !(await maySeePlace(user, place))) throw notFound('Place');
  return place;
}

export async function getPlace(user: SessionUser, id: string): Promise<TPlace | TPublicPlace> {
  return presentPlace(user, await findVisiblePlace(user, id));
}

export async function createPlace(user: SessionUser, input: TCreatePlace): Promise<TPlace | TPublicPlace> {
  const { contractorId, location: locationInput, ...fields } = input;
  const contractor = await resolveContractorForNewPlace(user, contractorId);
  if (fields.contractId) await assertLinkableContract(fields.contractId, String(contractor._id));
  // Everything is checked before the one insert, so a refused request leaves nothing behind.
  const location = locationInput ? await geocodeWorkLocation(locationInput) : null;
  const now = new Date();
  const created = await PlaceModel.create({
    ...fields,
    desirableSkills: withoutRequired(fields.desirableSkills, fields.requiredSkills),
    contractorId: contractor._id,
    location,
    regionId: await regionForPlace(location, contractor),
    status: 'draft',
    statusChangedAt: now,
    history: [{ from: null, to: 'draft', at: now, byId: user.id, byName: user.name }],
    createdBy: user.id,
    createdByName: user.name,
  });
  return presentPlace(user, created.toObject() as PlaceDoc);
}

/** A skill that is required need not be listed as desirable too. */
function withoutRequired(desirable: string[], required: string[]): string[] {
  return desirable.filter((skill) => !required.includes(skill));
}

function unprocessable(message: string, issues: Array<{ path: string; code: string; message: string }>) {
  return new AppError(422, 'unprocessable', message, { issues });
}

export async function updatePlace(
  user: SessionUser,
  id: string,
  input: TUpdatePlace,
): Promise<TPlace | TPublicPlace> {
  const current = await findVisiblePlace(user, id);
  if (!EDITABLE_PLACE_STATUSES.includes(current.status)) {
    throw new AppError(422, 'unprocessable', `A ${current.status} place can no longer be changed`, {
      status: current.status,
    });
  }
  const { version, location: locationInput, status: _status, ...changes } = input;
  const set: Record<string, unknown> = { ...changes };
  if (changes.contractId) await assertLinkableContract(changes.contractId, String(current.contractorId));
  if (changes.requiredSkills || changes.desirableSkills) {
    set.desirableSkills = withoutRequired(
      changes.desirableSkills ?? current.desirableSkills ?? [],
      changes.requiredSkills ?? current.requiredSkills ?? [],
    );
  }
  if (locationInput !== undefined) {
    const location = locationInput ? await geocodeWorkLocation(locationInput) : null;
    const contractor = await OrganisationModel.findById(current.contractorId)
      .select({ regionIds: 1 })
      .lean<Pick<OrganisationDoc, 'regionIds'>>();
    set.location = location;
    set.regionId = await regionForPlace(location, contractor ?? { regionIds: [] });
  }
  // Candidates may be reading an open or paused place: it must stay complete.
  if (current.status !== 'draft') {
    const missing = missingToOpen({ ...current, ...set } as Parameters<typeof missingToOpen>[0]);
    if (missing.length) {
      throw unprocessable(
        'A published place needs a title, description, work location, hours and start date',
        missing.map((field) => ({
          path: `body.${field}`,
          code: 'required',
          message: `${field} is required`,
        })),
      );
    }
  }
  const updated = await updateDocument(
    PlaceModel,
    { _id: id, version, status: { $in: EDITABLE_PLACE_STATUSES } },
    { $set: set, $inc: { version: 1 } },
  );
  if (!updated) throw await staleVersionOf(id);
  await publish('place.updated', { placeId: id, fields: Object.keys(changes) });
  return presentPlace(user, updated);
}

/** The 409 for a lost race names the version that won, so the client knows what to reload. */
export async function staleVersionOf(id: string): Promise<AppError> {
  const latest = await PlaceModel.findById(id).select({ version: 1 }).lean();
  return staleVersion(latest?.version ?? 0);
}
