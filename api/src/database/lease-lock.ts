import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';

/**
 * A lock that holds across API processes on one database: a lease document claimed by inserting its
 * unique `_id` (the key), which only one inserter can do (FerretDB enforces unique keys), released by
 * deleting it. A lease expires, so a process that died holding it blocks the others for `ttlMs` at
 * most. Waiters in one process queue behind each other first, so only one of them asks the database.
 *
 * Written by hand: lock libraries for MongoDB (mongo-lock and the like) take the lock with an atomic
 * `findOneAndUpdate`, which FerretDB 1.24 does not apply atomically; an insert of a unique key it does.
 */
export const LEASES_COLLECTION = 'leases';

interface Lease {
  _id: string;
  holder: string;
  expiresAt: Date;
}

const leases = () => mongoose.connection.collection<Lease>(LEASES_COLLECTION);
const DUPLICATE_KEY = 11000;
const holder = `${process.pid}-${randomUUID()}`;

export interface LeaseOptions {
  /** How long a lease holds if its holder never releases it. */
  ttlMs?: number;
  /** How long to wait for it before giving up. */
  waitMs?: number;
}

async function claim(key: string, ttlMs: number, waitMs: number): Promise<string> {
  const me = `${holder}-${randomUUID()}`;
  const deadline = Date.now() + waitMs;
  for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
    try {
      await leases().insertOne({ _id: key, holder: me, expiresAt: new Date(Date.now() + ttlMs) });
      return me;
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
    const current = await leases().findOne({ _id: key });
    if (current && current.expiresAt.getTime() < Date.now()) {
      // Its holder died: take the lease over (the next insert decides who gets it).
      await leases().deleteOne({ _id: key, holder: current.holder });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`lock ${key} not acquired in ${waitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** Per key in this process: the promise the next waiter queues behind. */
const tails = new Map<string, Promise<unknown>>();

async function inProcessOrder<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

/** Runs `fn` while holding the lease `key`, in every process that shares the database. */
export function withLease<T>(key: string, fn: () => Promise<T>, options: LeaseOptions = {}): Promise<T> {
  const { ttlMs = 10_000, waitMs = 30_000 } = options;
  return inProcessOrder(key, async () => {
    const me = await claim(key, ttlMs, waitMs);
    try {
      return await fn();
    } finally {
      await leases()
        .deleteOne({ _id: key, holder: me })
        .catch(() => undefined);
    }
  });
}
