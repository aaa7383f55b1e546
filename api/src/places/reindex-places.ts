import type { QueryFilter, Types } from 'mongoose';
import { markPending } from '../search-sync/search-sync.plugin';
import { requestSearchSync } from '../search-sync/sync-trigger';
import { PlaceModel, type PlaceDoc } from './places.model';

const placeIds = async (filter: QueryFilter<PlaceDoc>) =>
  (await PlaceModel.find(filter).select({ _id: 1 }).lean<Array<{ _id: Types.ObjectId }>>()).map((p) => p._id);

/**
 * Runs a write to something the places index copies into its documents (a contractor's name or
 * displacement flag, a contract's preferred target groups), and re-indexes the places it concerns.
 * The places are marked pending before the write, so a crash after it loses nothing, and again after
 * it: a sync round that read a place between the first mark and the write indexed the old context,
 * and must not clear the entry as if it were current. Places found only after the write (linked
 * meanwhile) are marked too. These writes are rare; finding the places may scan the collection.
 */
export async function reindexPlaces<T>(filter: QueryFilter<PlaceDoc>, write: () => Promise<T>): Promise<T> {
  const { collectionName } = PlaceModel.collection;
  const before = await placeIds(filter);
  await markPending(collectionName, before);
  const result = await write();
  const after = await placeIds(filter);
  const known = new Set(before.map(String));
  await markPending(collectionName, [...before, ...after.filter((id) => !known.has(String(id)))]);
  requestSearchSync();
  return result;
}
