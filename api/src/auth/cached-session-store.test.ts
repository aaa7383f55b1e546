import session, { type SessionData } from 'express-session';
import { CachedSessionStore } from './cached-session-store';

/** express-session's own MemoryStore stands in for MongoDB, with its reads counted. */
function storeWithCountedReads() {
  const shared = new session.MemoryStore();
  let reads = 0;
  const get = shared.get.bind(shared);
  shared.get = (sid, callback) => {
    reads += 1;
    get(sid, callback);
  };
  return { shared, store: new CachedSessionStore(shared), reads: () => reads };
}

const call = <T>(fn: (cb: (err?: unknown, value?: T) => void) => void) =>
  new Promise<T | undefined>((resolve, reject) => fn((err, value) => (err ? reject(err) : resolve(value))));

const data = (userId: string, expiresInMs = 60_000) =>
  ({
    cookie: { originalMaxAge: expiresInMs, expires: new Date(Date.now() + expiresInMs) },
    userId,
  }) as unknown as SessionData;

describe('cached session store', () => {
  it('when a session is read twice, then the shared store is read once and each reader gets its own copy', async () => {
    const { shared, store, reads } = storeWithCountedReads();
    await call((cb) => shared.set('a', data('u1'), cb));
    const first = await call<SessionData | null>((cb) => store.get('a', cb));
    first!.userId = 'changed by the request';
    const second = await call<SessionData | null>((cb) => store.get('a', cb));
    expect(second!.userId).toBe('u1');
    expect(reads()).toBe(1);
  });

  it('when a session is written or destroyed here, then the next read sees it at once', async () => {
    const { store } = storeWithCountedReads();
    await call((cb) => store.set('b', data('u1'), cb));
    await call((cb) => store.set('b', data('u2'), cb));
    expect((await call<SessionData | null>((cb) => store.get('b', cb)))!.userId).toBe('u2');
    await call((cb) => store.destroy('b', cb));
    expect(await call((cb) => store.get('b', cb))).toBeNull();
  });

  it('when a cached session has expired, then it is not answered from the cache', async () => {
    const { store, reads } = storeWithCountedReads();
    await call((cb) => store.set('c', data('u1', 30), cb));
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await call((cb) => store.get('c', cb))).toBeNull();
    expect(reads()).toBe(1);
  });
});
