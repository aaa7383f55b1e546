import { createHash } from 'node:crypto';
import session, { type SessionData, type Store } from 'express-session';
import { LRUCache } from 'lru-cache';
import { broadcast, onBroadcast } from '../cluster/broadcast';

/**
 * express-session reads the session from its store on every request: a MongoDB read that costs more
 * than a whole search on FerretDB. This store keeps each session it read or wrote for a few seconds
 * in front of the shared one (MongoDB, so several API processes share sessions). Writes go through
 * at once; a write or sign-out is forgotten here at once and in the other API processes when Redis
 * passes the broadcast on (without Redis, or if that message is lost, a stale copy lives on for at
 * most TTL_MS). Hand-written because connect-mongo has no read cache of its own.
 */
export const SESSION_CACHE_TTL_MS = 5_000;

/**
 * Names a session in broadcasts and socket rooms without its id, which is a bearer secret that
 * need not travel to Redis.
 */
export const sessionTag = (sid: string): string =>
  createHash('sha256').update(sid).digest('base64url').slice(0, 24);

type Callback<T = void> = (err?: unknown, value?: T) => void;

/** connect-mongo adds when the stored session was last written (with touchAfter), as a Date. */
type StoredSession = SessionData & { lastModified?: Date };

export class CachedSessionStore extends session.Store {
  /** By session tag, so a broadcast (which carries the tag) can name the entry. */
  private readonly cache = new LRUCache<string, string>({ max: 50_000, ttl: SESSION_CACHE_TTL_MS });
  private readonly unsubscribe: () => void;

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
    this.unsubscribe = onBroadcast('session-changed', ({ session }) => this.cache.delete(session));
  }

  /** Stops following other processes' session changes (when the app is closed). */
  close(): void {
    this.unsubscribe();
  }

  private remember(sid: string, data: StoredSession, lastModified = data.lastModified) {
    // A copy: express-session changes the object it is given during the request.
    this.cache.set(sessionTag(sid), JSON.stringify({ ...data, lastModified }));
  }

  override get(sid: string, callback: Callback<SessionData | null>): void {
    const tag = sessionTag(sid);
    const hit = this.cache.get(tag);
    if (hit) {
      const data = JSON.parse(hit) as StoredSession;
      const expires = data.cookie?.expires ? new Date(data.cookie.expires).getTime() : Infinity;
      if (expires > Date.now()) {
        // JSON made it a string; connect-mongo's touch reads it as a Date.
        if (data.lastModified) data.lastModified = new Date(data.lastModified);
        return callback(null, data);
      }
      this.cache.delete(tag);
    }
    this.shared.get(sid, (err, data) => {
      if (!err && data) this.remember(sid, data);
      callback(err, data ?? null);
    });
  }

  override set(sid: string, data: SessionData, callback?: Callback): void {
    this.cache.delete(sessionTag(sid));
    this.shared.set(sid, data, (err) => {
      // Other processes' copies are stale (a CSRF token added here must be known there too).
      broadcast('session-changed', { session: sessionTag(sid), ended: false });
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
      if (!err && this.cache.has(sessionTag(sid))) this.remember(sid, data, new Date());
      // A failed touch only means the expiry was not extended this time; the request goes on.
      callback?.();
    };
    if (this.shared.touch) this.shared.touch(sid, data, write);
    else write();
  }
  /** Sign-out and a new session at sign-in: every process forgets it, and its sockets are closed. */
  override destroy(sid: string, callback?: Callback): void {
    this.cache.delete(sessionTag(sid));
    this.shared.destroy(sid, (err) => {
      broadcast('session-changed', { session: sessionTag(sid), ended: true });
      callback?.(err);
    });
  }
}
