import { LRUCache } from 'lru-cache';
import type { Schema } from 'mongoose';

/**
 * Signed-in users are looked up on every request (role, organisation, region). Without a cache that
 * is two MongoDB reads per request, the largest part of a search request's cost on FerretDB. So a
 * looked-up user is kept for a few seconds; any write to a user or a region through mongoose in this
 * process clears the cache at once, so a disabled account or a changed role takes effect on the next
 * request here, and within TTL_MS in other API processes.
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

export function forgetSessionUsers(): void {
  cache.clear();
}

const WRITES = [
  'save',
  'updateOne',
  'updateMany',
  'findOneAndUpdate',
  'findOneAndReplace',
  'replaceOne',
  'deleteOne',
  'deleteMany',
  'findOneAndDelete',
  'insertMany',
  'bulkWrite',
] as const;

/** Clears the cache after every write through this schema's model (users, regions). */
export function forgetSessionUsersOnWrite(schema: Schema): void {
  for (const hook of WRITES) schema.post(hook as 'save', forgetSessionUsers);
}
