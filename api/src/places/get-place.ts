import type { TPlace, TPublicPlace } from '../contract';
import { findByIdMatching } from '../database/find-by-id';
import { notFound, staleVersion, type AppError } from '../http/app-error';
import type { SessionUser } from '../http/session-user';
import { PlaceModel, type PlaceDoc } from './places.model';
import { maySeePlace } from './places.policy';
import { presentPlace } from './places.presenter';

/** A place the user may see; outside their scope it does not exist for them (404, not 403). */
export async function findVisiblePlace(user: SessionUser, id: string): Promise<PlaceDoc> {
  const place = await findByIdMatching(PlaceModel, id);
  if (!place || !(await maySeePlace(user, place))) throw notFound('Place');
  return place;
}

export async function getPlace(user: SessionUser, id: string): Promise<TPlace | TPublicPlace> {
  return presentPlace(user, await findVisiblePlace(user, id));
}

/** The 409 for a lost race names the version that won, so the client knows what to reload. */
export async function staleVersionOf(id: string): Promise<AppError> {
  const latest = await PlaceModel.findById(id).select({ version: 1 }).lean();
  return staleVersion(latest?.version ?? 0);
}
