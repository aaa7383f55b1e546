import { createHash } from 'node:crypto';
import type { Key, Meilisearch } from 'meilisearch';
import { meiliErrorCode } from './meili-http';

/** What the API does with its indexes, and nothing more (no keys, dumps, snapshots or other indexes). */
export const API_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.get',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'indexes.delete',
  'settings.update',
  'tasks.get',
  'stats.get',
];

/**
 * The key's uid, the same in every process for the same indexes (Meilisearch derives a key's value
 * from its uid and the master key, so every replica finds the same key): a hash of the index names,
 * shaped as the UUID v4 Meilisearch requires.
 */
export function apiKeyUid(patterns: string[]): string {
  const hex = createHash('sha256')
    .update(`kansplek-api:${[...patterns].sort().join(',')}`)
    .digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The API's own key, from the master key: scoped to its indexes (`candidates*`, `places*`: every
 * version of each) with only API_KEY_ACTIONS. Found by its uid, or created; a key with that uid but
 * another scope (an older release's) is replaced. The master key is used for nothing else.
 */
export async function scopedApiKey(admin: Meilisearch, indexNames: string[]): Promise<string> {
  const indexes = indexNames.map((name) => `${name}*`);
  const uid = apiKeyUid(indexes);
  let key: Key | null = await admin.getKey(uid).catch((err: unknown) => {
    if (meiliErrorCode(err) === 'api_key_not_found') return null;
    throw err;
  });
  if (key && !(sameSet(key.actions, API_KEY_ACTIONS) && sameSet(key.indexes, indexes))) {
    await admin.deleteKey(uid);
    key = null;
  }
  if (!key) {
    key = await admin
      .createKey({
        uid,
        name: 'Kansplek API',
        description: `The API's key: its indexes (${indexes.join(', ')}) only; made from the master key at start`,
        actions: API_KEY_ACTIONS,
        indexes,
        expiresAt: null,
      })
      .catch(async (err: unknown) => {
        // Another replica made it first.
        if (meiliErrorCode(err) === 'api_key_already_exists') return admin.getKey(uid);
        throw err;
      });
  }
  return key.key;
}
