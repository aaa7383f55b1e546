import {
  EDITABLE_PLACE_STATUSES,
  missingToOpen,
  type TPlace,
  type TPublicPlace,
  type TUpdatePlace,
} from '../contract';
import { updateDocument } from '../database/document-lock';
import { publish } from '../events/domain-events';
import { AppError } from '../http/app-error';
import type { SessionUser } from '../http/session-user';
import { OrganisationModel, type OrganisationDoc } from '../organisations/organisations.model';
import { withoutRequired } from './create-place';
import { findVisiblePlace, staleVersionOf } from './get-place';
import { assertLinkableContract, geocodeWorkLocation, regionForPlace } from './place-references';
import { PlaceModel } from './places.model';
import { presentPlace } from './places.presenter';

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
