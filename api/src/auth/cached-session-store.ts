import session, { type SessionData, type Store } from 'express-session';
import { LRUCache } from 'lru-cache';

/**
 * express-session reads the session from its store on every request: a MongoDB read that costs more
 * than a whole search on FerretDB. This store keeps each session it read or wrote for a few seconds
 * in front of the shared one (MongoDB, so several API processes share sessions). Writes go through
 * at once, and a sign-out here forgets it here at once; in another process a signed-out session can
 * live on for at most TTL_MS. Hand-written because connect-mongo has no read cache of its own.
 */
export const SESSION_CACHE_TTL_MS = 5_000;

type Callback<T = void> = (err?: unknown, value?: T) => void;

export class CachedSessionStore extends session.Store {
  private readonly cache = new LRUCache<string, string>({ max: 50_000, ttl: SESSION_CACHE_TTL_MS });

  constructor(private readonly shared: Store) {
    super();
  }

  private remember(sid: string, data: SessionData) {
    // A copy: express-session changes the object it is given during the request.
    this.cache.set(sid, JSON.stringify(data));
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    const hit = this.cache.get(sid);
    if (hit) {
      const data = JSON.parse(hit) as SessionData;
      const expires = data.cookie?.expires ? new Date(data.cookie.expires).getTime() : Infinity;
      if (expires > Date.now()) return callback(null, data);
      this.cache.delete(sid);
    }
    this.shared.get(sid, (err, data) => {
      if (!err && data) this.remember(sid, data);
      callback(err, data ?? null);
    });
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    this.cache.delete(sid);
    this.shared.set(sid, data, (err) => {
      if (!err) this.remember(sid, data);
      callback?.(err);
    });
  }

  override touch(sid: string, data: SessionData, callback?: Callback): void {
    if (this.cache.has(sid)) this.remember(sid, data);
    if (this.shared.touch) this.shared.touch(sid, data, () => callback?.());
    else callback?.();
  }

  override destroy(sid: string, callback?: Callback): void {
    this.cache.delete(sid);
    this.shared.destroy(sid, (err) => callback?.(err));
  }
}
