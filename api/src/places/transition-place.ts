import type { SessionUser } from '../http/session-user';
import type { TPlace, TPlaceTransition, TPublicPlace } from '../contract';
import { allowedPlaceTransitions, missingToOpen } from '../contract';
import { AppError, staleVersion } from '../http/app-error';
import { presentPlace } from './places.presenter';
import { findVisiblePlace, staleVersionOf } from './get-place';
import { updateDocument } from '../database/document-lock';
import { PlaceModel } from './places.model';

/**
 * Moves a place along its lifecycle (publish, pause, resume, fill, close). The update matches the
 * status and version that were checked, so of two concurrent moves exactly one wins.
 */
export async function transitionPlace(
  user: SessionUser,
  id: string,
  { to, version }: TPlaceTransition,
): Promise<TPlace | TPublicPlace> {
  const current = await findVisiblePlace(user, id);
  // A move chosen on an outdated view is refused as such (409, with the current version), whatever
  // the place's status is now: of concurrent moves the losers may only read the place after the winner.
  if (current.version !== version) throw staleVersion(current.version);
  const from = current.status;
  const allowed = allowedPlaceTransitions(from);
  if (!allowed.includes(to)) {
    throw new AppError(422, 'invalid_transition', `A ${from} place cannot become ${to}`, {
      from,
      to,
      allowed,
    });
  }
  if (to === 'open') {
    const missing = missingToOpen(current);
    if (missing.length) {
      throw new AppError(422, 'unprocessable', 'Complete the place before publishing it', {
        missing,
        issues: missing.map((field) => ({
          path: `place.${field}`,
          code: 'required',
          message: `${field} is required`,
        })),
      });
    }
  }
  const now = new Date();
  const updated = await updateDocument(
    PlaceModel,
    { _id: id, version, status: from },
    {
      $set: { status: to, statusChangedAt: now },
      $push: { history: { from, to, at: now, byId: user.id, byName: user.name } },
      $inc: { version: 1 },
    },
  );
  if (!updated) throw await staleVersionOf(id);
  return presentPlace(user, updated);
}
