import type { Logger } from '../logger';
import { startBroadcast } from './broadcast';
import { connectRedis } from './redis';

export interface ClusterMembership {
  /** Whether other API processes may run beside this one (REDIS_URL is set). */
  shared: boolean;
  stop(): Promise<void>;
}

/**
 * With REDIS_URL: connects to Redis and joins the other API processes' broadcasts, before anything
 * that uses them starts (socket.io's adapter, sign-in limits, cache invalidation). Without it the
 * process runs alone and needs no Redis.
 */
export async function joinCluster(redisUrl: string | undefined, log: Logger): Promise<ClusterMembership> {
  if (!redisUrl) return { shared: false, stop: async () => undefined };
  const link = await connectRedis(redisUrl, log);
  try {
    const broadcasts = await startBroadcast(link.commands, await link.duplicate('broadcast'), log);
    log.info('joined the other API processes through Redis');
    return {
      shared: true,
      stop: async () => {
        broadcasts.stop();
        await link.close();
      },
    };
  } catch (error) {
    await link.close();
    throw error;
  }
}
