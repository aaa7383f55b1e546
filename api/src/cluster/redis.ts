import { Redis } from 'ioredis';
import type { Logger } from '../logger';

const CONNECT_TIMEOUT_MS = 10_000;

/** Every key and channel of this application starts with this, so Redis can be shared with others. */
export const REDIS_PREFIX = 'kansplek:';

/**
 * The connections one API process holds to Redis: one for commands and publishing, and one in
 * subscriber mode per subscriber (a subscribed connection serves nothing else).
 */
export interface RedisLink {
  commands: Redis;
  /** Another connection to the same server, e.g. for subscriptions; closed with the link. */
  duplicate(name: string): Promise<Redis>;
  close(): Promise<void>;
}

let current: RedisLink | undefined;

/** The process's link to Redis, or undefined when REDIS_URL is not set (one API process). */
export function redisLink(): RedisLink | undefined {
  return current;
}

async function open(url: string, name: string, log: Logger, queueWhileDown: boolean): Promise<Redis> {
  const client = new Redis(url, {
    connectionName: `kansplek-${name}`,
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Commands fail at once while Redis is unreachable instead of waiting in a queue: a sign-in or an
    // event goes on without Redis rather than hanging. Subscribers queue their (re)subscriptions.
    enableOfflineQueue: queueWhileDown,
    maxRetriesPerRequest: queueWhileDown ? null : 1,
  });
  let down = false;
  client.on('error', (err: Error) => {
    // ioredis reports every failed reconnection; one warning per outage is enough.
    if (!down) log.warn({ err, connection: name }, 'Redis unreachable; reconnecting');
    down = true;
  });
  client.on('ready', () => {
    if (down) log.info({ connection: name }, 'Redis reachable again');
    down = false;
  });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new Error(`Redis at REDIS_URL did not answer: ${(error as Error).message}`);
  }
  return client;
}

/** Connects to Redis and waits until it answers, so a wrong REDIS_URL stops the start with a sentence. */
export async function connectRedis(url: string, log: Logger): Promise<RedisLink> {
  const opened: Redis[] = [await open(url, 'commands', log, false)];
  const link: RedisLink = {
    commands: opened[0]!,
    duplicate: async (name) => {
      const client = await open(url, name, log, true);
      opened.push(client);
      return client;
    },
    close: async () => {
      if (current === link) current = undefined;
      await Promise.all(opened.map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
  current = link;
  return link;
}
