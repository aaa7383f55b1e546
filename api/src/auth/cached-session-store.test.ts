import session, { type SessionData } from 'express-session';
import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { CachedSessionStore } from './cached-session-store';
import { SESSIONS_COLLECTION } from './session';

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

describe('sessions in MongoDB behind the cache', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('when a signed-in user makes requests in quick succession, then the stored session is not written again', async () => {
    const client = await app.signIn(await app.createUser({ role: 'consultant' }));
    const sessions = mongoose.connection.collection(SESSIONS_COLLECTION);
    const [stored] = await sessions.find().toArray();
    for (let i = 0; i < 5; i += 1) expect((await client.get('/api/me')).status).toBe(200);
    const [after] = await sessions.find({ _id: stored!._id }).toArray();
    // A touch within touchAfter (5 minutes) writes nothing: not the expiry, not lastModified.
    expect(after!.expires).toEqual(stored!.expires);
    expect(after!.lastModified).toEqual(stored!.lastModified);
  });
});
