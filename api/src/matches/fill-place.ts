import type { SessionUser } from '../http/session-user';
import { findByIdMatching } from '../database/find-by-id';
import { AppError } from '../http/app-error';
import { MatchModel, type MatchDoc } from './matches.model';
import { PlaceModel } from '../places/places.model';
import { transitionPlace } from '../places/transition-place';

/**
 * When a hire takes the last of a place's positions, the place becomes `filled` (through the place's
 * own transition, so its rules and history hold) and is no longer searched or proposed for. If the
 * place changes at that very moment, the fresh version is tried once more.
 */
export async function fillPlaceWhenComplete(user: SessionUser, match: MatchDoc): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const place = await findByIdMatching(PlaceModel, match.placeId);
    if (!place || (place.status !== 'open' && place.status !== 'paused')) return;
    const hired = await MatchModel.countDocuments({ placeId: match.placeId, stage: 'hired' });
    if (hired < (place.positions ?? 1)) return;
    try {
      await transitionPlace(user, String(place._id), { to: 'filled', version: place.version ?? 0 });
      return;
    } catch (error) {
      if (!(error instanceof AppError && error.status === 409)) throw error;
    }
  }
}
