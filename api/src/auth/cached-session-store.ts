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

/** connect-mongo adds when the stored session was last written (with touchAfter), as a Date. */
type StoredSession = SessionData & { lastModified?: Date };

export class CachedSessionStore extends session.Store {
  private readonly cache = new LRUCache<string, string>({ max: 50_000, ttl: SESSION_CACHE_TTL_MS });

  /**
   * `touchAfterMs`: the shared store's touchAfter. A touch within it writes nothing; the cache keeps
   * `lastModified` so that check still works on sessions answered from here (a session cached after
   * sign-in has none from connect-mongo, which once made every request write its session).
   */
  constructor(
    private readonly shared: Store,
    private readonly touchAfterMs = 0,
  ) {
    super();
  }

  private remember(sid: string, data: StoredSession, lastModified = data.lastModified) {
    // A copy: express-session changes the object it is given during the request.
    this.cache.set(sid, JSON.stringify({ ...data, lastModified }));
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    const hit = this.cache.get(sid);
    if (hit) {
      const data = JSON.parse(hit) as StoredSession;
      const expires = data.cookie?.expires ? new Date(data.cookie.expires).getTime() : Infinity;
      if (expires > Date.now()) {
        // JSON made it a string; connect-mongo's touch reads it as a Date.
        if (data.lastModified) data.lastModified = new Date(data.lastModified);
        return callback(null, data);
      }
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
      // The shared store has just written it: that is its last modification.
      if (!err) this.remember(sid, data, new Date());
      callback?.(err);
    });
  }

  override touch(sid: string, data: StoredSession, callback?: Callback): void {
    const last = data.lastModified ? new Date(data.lastModified).getTime() : 0;
    // Nothing to write. The cached copy is left as it is (copying it costs on every request): it
    // keeps lastModified, and its cookie expiry, hours ahead, lags by at most TTL_MS.
    if (this.touchAfterMs > 0 && Date.now() - last < this.touchAfterMs) return callback?.();
    const write = (err?: unknown) => {
      if (!err && this.cache.has(sid)) this.remember(sid, data, new Date());
      // A failed touch only means the expiry was not extended this time; the request goes on.
      callback?.();
    };
    if (this.shared.touch) this.shared.touch(sid, data, write);
    else write();
  }
  override destroy(sid: string, callback?: Callback): void {
    this.cache.delete(sid);
    this.shared.destroy(sid, (err) => callback?.(err));
  }
}
