import type { TCreatePlace, TPlace, TPublicPlace } from '../contract';
import type { SessionUser } from '../http/session-user';
import { assertLinkableContract, geocodeWorkLocation, regionForPlace } from './place-references';
import { PlaceModel, type PlaceDoc } from './places.model';
import { resolveContractorForNewPlace } from './places.policy';
import { presentPlace } from './places.presenter';

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
export function withoutRequired(desirable: string[], required: string[]): string[] {
  return desirable.filter((skill) => !required.includes(skill));
}
