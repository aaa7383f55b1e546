import { LRUCache } from 'lru-cache';
import mongoose, { type Query, type Schema } from 'mongoose';
import { broadcast, onBroadcast } from '../cluster/broadcast';

/**
 * Signed-in users are looked up on every request (role, organisation, region). Without a cache that
 * is two MongoDB reads per request, the largest part of a search request's cost on FerretDB. So a
 * looked-up user is kept for a few seconds; any write to a user or a region through mongoose clears
 * it in this process at once, so a disabled account or a changed role takes effect on the next
 * request here, and in the other API processes when Redis passes the broadcast on (without Redis, or
 * if that message is lost, within TTL_MS).
 */
export const SESSION_USER_TTL_MS = 5_000;

const cache = new LRUCache<string, { found: unknown }>({ max: 10_000, ttl: SESSION_USER_TTL_MS });

export function cachedSessionUser<T>(userId: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(userId);
  if (hit) return Promise.resolve(hit.found as T);
  return load().then((found) => {
    cache.set(userId, { found });
    return found;
  });
}

onBroadcast('users-changed', ({ ids }) => {
  if (!ids) cache.clear();
  else for (const id of ids) cache.delete(id);
});

/** Every process forgets these users (null: all users), and closes their sockets if they changed. */
export function forgetSessionUsers(ids: string[] | null = null): void {
  broadcast('users-changed', { ids });
}

const QUERY_WRITES = [
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'findOneAndReplace',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
] as const;

/** The one user a query writes, when its filter names it by `_id`; else null (any user). */
function userOfQuery(query: Query<unknown, unknown>): string[] | null {
  const id = (query.getFilter() as { _id?: unknown })._id;
  return typeof id === 'string' || id instanceof mongoose.Types.ObjectId ? [String(id)] : null;
}

/**
 * Clears the cache after every write through this schema's model: of the users written (`'written'`,
 * for users), or of every user (`'all'`, for what users are derived from, such as regions).
 */
export function forgetSessionUsersOnWrite(schema: Schema, whose: 'written' | 'all' = 'all'): void {
  const byUser = whose === 'written';
  schema.post('save', function (this: { _id: unknown }) {
    forgetSessionUsers(byUser ? [String(this._id)] : null);
  });
  schema.post([...QUERY_WRITES], function (this: Query<unknown, unknown>) {
    forgetSessionUsers(byUser ? userOfQuery(this) : null);
  });
  schema.post('insertMany', function (docs: unknown) {
    const list = (Array.isArray(docs) ? docs : [docs]) as Array<{ _id: unknown }>;
    forgetSessionUsers(byUser ? list.map((d) => String(d._id)) : null);
  });
  schema.post('bulkWrite', () => forgetSessionUsers(null));
}
