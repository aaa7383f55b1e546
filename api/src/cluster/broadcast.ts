import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import { REDIS_PREFIX } from './redis';

/** What one API process tells the others: a change that makes what they keep in memory stale. */
export interface BroadcastTopics {
  /** A session was written or destroyed (`session` is its tag, never the id itself; see sessionTag). */
  'session-changed': { session: string; ended: boolean };
  /** Users changed (role, status, organisation, …); null when which ones is not known. */
  'users-changed': { ids: string[] | null };
  /** A change waits in the search outbox: the process that syncs runs a round now. */
  'search-pending': Record<string, never>;
  /** The process that syncs pushed these records; copies of the index elsewhere read them again. */
  'search-changed': { index: string; ids: string[] };
}
type Topic = keyof BroadcastTopics;
/** `fromHere`: sent by this process (delivered at once), else by another through Redis. */
type Handler<T extends Topic> = (message: BroadcastTopics[T], fromHere: boolean) => void;

const CHANNEL = `${REDIS_PREFIX}broadcast`;
const ORIGIN = randomUUID();

const handlers = new Map<Topic, Set<Handler<never>>>();
const gapHandlers = new Set<() => void>();
let publisher: { redis: Redis; log: Logger } | undefined;

/** Runs `handler` for every message on `topic`, from this process or another; returns the unsubscribe. */
export function onBroadcast<T extends Topic>(topic: T, handler: Handler<T>): () => void {
  const set = handlers.get(topic) ?? new Set();
  handlers.set(topic, set);
  set.add(handler as Handler<never>);
  return () => set.delete(handler as Handler<never>);
}

/**
 * Runs `handler` when this process may have missed broadcasts: its connection to Redis was lost and
 * is back. What a process keeps from broadcasts is then refreshed as a whole.
 */
export function onBroadcastGap(handler: () => void): () => void {
  gapHandlers.add(handler);
  return () => gapHandlers.delete(handler);
}

function deliver<T extends Topic>(
  topic: T,
  message: BroadcastTopics[T],
  fromHere: boolean,
  log?: Logger,
): void {
  for (const handler of handlers.get(topic) ?? []) {
    try {
      (handler as Handler<T>)(message, fromHere);
    } catch (error) {
      log?.error({ err: error, topic }, 'broadcast handler failed');
    }
  }
}

/**
 * Tells this process at once (so its next request sees the change) and the other API processes as
 * soon as Redis passes it on. Without Redis (one process) only this process. Redis's publish is
 * fire-and-forget: a process that is disconnected at that moment misses it, which is why what they
 * keep is also bounded in time (caches expire, sockets are checked again; see their modules).
 */
export function broadcast<T extends Topic>(topic: T, message: BroadcastTopics[T]): void {
  deliver(topic, message, true, publisher?.log);
  if (!publisher) return;
  const { redis, log } = publisher;
  redis
    .publish(CHANNEL, JSON.stringify({ origin: ORIGIN, topic, message }))
    .catch((err: unknown) => log.warn({ err, topic }, 'broadcast not sent to the other API processes'));
}

/** Joins the other API processes' broadcasts over Redis (`subscriber` is a connection of its own). */
export async function startBroadcast(
  redis: Redis,
  subscriber: Redis,
  log: Logger,
): Promise<{ stop(): void }> {
  subscriber.on('message', (channel: string, text: string) => {
    if (channel !== CHANNEL) return;
    try {
      const { origin, topic, message } = JSON.parse(text) as {
        origin: string;
        topic: Topic;
        message: BroadcastTopics[Topic];
      };
      // Redis also sends a process its own messages; those were delivered when they were sent.
      if (origin !== ORIGIN) deliver(topic, message as never, false, log);
    } catch (error) {
      log.warn({ err: error }, 'unreadable broadcast ignored');
    }
  });
  // The connection was ready before this; each later 'ready' is a reconnection (ioredis subscribes again).
  subscriber.on('ready', () => {
    log.warn('broadcasts from other API processes may have been missed; refreshing what they keep fresh');
    for (const handler of gapHandlers) handler();
  });
  await subscriber.subscribe(CHANNEL);
  publisher = { redis, log };
  return {
    stop: () => {
      publisher = undefined;
    },
  };
}
