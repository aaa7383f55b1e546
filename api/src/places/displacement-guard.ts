import type { Types } from 'mongoose';
import { findByIdMatching } from '../database/find-by-id';
import { AppError } from '../http/app-error';
import { flaggedContractorIds } from '../organisations/organisations.presenter';
import { PlaceModel } from './places.model';

/**
 * Whether a placement at this place still waits for a consultant's confirmation that it is additional
 * work: its contractor carries a displacement flag and nobody confirmed the place.
 */
export async function displacementUnconfirmed(placeId: Types.ObjectId | string): Promise<boolean> {
  const place = await findByIdMatching(PlaceModel, placeId);
  if (!place || place.displacementConfirmation) return false;
  return (await flaggedContractorIds([place.contractorId])).has(String(place.contractorId));
}

/**
 * Every path towards a placement at a flagged contractor (adding a candidate by hand, asking for an
 * introduction, the introduction itself, a trial, a hire) stops here until the place is confirmed:
 * 422 naming the place, so the consultant knows what to confirm.
 */
export async function assertDisplacementConfirmed(
  placeId: Types.ObjectId | string,
  path = 'params.id',
): Promise<void> {
  if (!(await displacementUnconfirmed(placeId))) return;
  const message =
    'The contractor carries a displacement flag: a consultant first confirms that this place is additional work';
  throw new AppError(422, 'unprocessable', message, {
    placeId: String(placeId),
    issues: [{ path, code: 'displacement_unconfirmed', message }],
  });
}
