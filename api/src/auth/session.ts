import MongoStore from 'connect-mongo';

type MongoStoreClient = NonNullable<Parameters<typeof MongoStore.create>[0]['client']>;
import session from 'express-session';
import { csrfSync } from 'csrf-sync';
import mongoose from 'mongoose';
import type { Request } from 'express';
import type { TConfig } from '../config';
import { CachedSessionStore } from './cached-session-store';

export const SESSION_COOKIE = 'kansplek.sid';
const SESSION_TOUCH_AFTER_SECONDS = 300;

/**
 * Sessions live in MongoDB so several API processes can share them. Expired ones are removed by
 * `removeExpiredSessions` (no TTL index on FerretDB); connect-mongo's own interval removal is off because
 * it writes with `w: 0`, and FerretDB answers such unacknowledged writes anyway, which desynchronises
 * the pooled connection (the next query reads that stray reply: "BSON element cursor is missing").
 */
export function createSessionMiddleware(config: TConfig) {
  const shared = MongoStore.create({
    // connect-mongo resolves its own copy of the mongodb driver; the client object is compatible at run time.
    client: mongoose.connection.getClient() as unknown as MongoStoreClient,
    dbName: mongoose.connection.name,
    collectionName: SESSIONS_COLLECTION,
    autoRemove: 'disabled',
    stringify: false,
    // An unchanged session's expiry is written at most every 5 minutes instead of after every request:
    // express-session holds each response until that write is done (a database write per page view).
    touchAfter: SESSION_TOUCH_AFTER_SECONDS,
  });
  // Each request reads its session; a few seconds' cache in front of MongoDB saves that read.
  const store = new CachedSessionStore(shared, SESSION_TOUCH_AFTER_SECONDS * 1000);
  const middleware = session({
    name: SESSION_COOKIE,
    secret: config.SESSION_SECRET,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.PUBLIC_URL.startsWith('https://'),
      maxAge: config.SESSION_MAX_AGE_HOURS * 3600_000,
    },
  });
  return { middleware, store };
}

/** Synchroniser-token CSRF protection: the token lives in the session and comes back in `x-csrf-token`. */
export const csrf = csrfSync({
  getTokenFromRequest: (req) => req.get('x-csrf-token'),
});

/** New session id on sign-in and sign-out (against session fixation), keeping nothing of the old one. */
export function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((err) => (err ? reject(err) : resolve())));
}

export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((err) => (err ? reject(err) : resolve())));
}

export const SESSIONS_COLLECTION = 'sessions';

/** Deletes sessions past their expiry (acknowledged write); run periodically by the platform. */
export async function removeExpiredSessions(now = new Date()): Promise<number> {
  const result = await mongoose.connection
    .collection(SESSIONS_COLLECTION)
    .deleteMany({ expires: { $lt: now } });
  return result.deletedCount;
}
