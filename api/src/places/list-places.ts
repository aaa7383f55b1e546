import type { QueryFilter } from 'mongoose';
import type { TPageInfo, TPlace, TPlaceListQuery, TPublicPlace } from '../contract';
import type { SessionUser } from '../http/session-user';
import { containsPattern, paginate } from '../http/pagination';
import { PlaceModel, type PlaceDoc } from './places.model';
import { placeScope } from './places.policy';
import { presentPlaces } from './places.presenter';

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
