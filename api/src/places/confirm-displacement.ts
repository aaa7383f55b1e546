import type { SessionUser } from '../http/session-user';
import type { TConfirmDisplacement, TPlace, TPublicPlace } from '../contract';
import { updateDocument } from '../database/document-lock';
import { AppError } from '../http/app-error';
import { flaggedContractorIds } from '../organisations/organisations.presenter';
import { PlaceModel } from './places.model';
import { presentPlace } from './places.presenter';
import { findVisiblePlace, staleVersionOf } from './get-place';

/**
 * A consultant confirms that a place at a contractor with a displacement flag is additional work
 * (it does not replace laid-off staff). Until then no candidate is proposed for it. Who confirmed,
 * when and why stays on the place.
 */
export async function confirmDisplacement(
  user: SessionUser,
  id: string,
  input: TConfirmDisplacement,
): Promise<TPlace | TPublicPlace> {
  const current = await findVisiblePlace(user, id);
  const flagged = await flaggedContractorIds([current.contractorId]);
  if (!flagged.has(String(current.contractorId))) {
    throw new AppError(
      422,
      'unprocessable',
      'The contractor carries no displacement flag; nothing to confirm',
      {
        issues: [{ path: 'params.id', code: 'not_flagged', message: 'No displacement flag' }],
      },
    );
  }
  const updated = await updateDocument(
    PlaceModel,
    { _id: id, version: input.version },
    {
      $set: {
        displacementConfirmation: { at: new Date(), byId: user.id, byName: user.name, note: input.note },
      },
      $inc: { version: 1 },
    },
  );
  if (!updated) throw await staleVersionOf(id);
  return presentPlace(user, updated);
}
