import {
  SyncWorker,
  rebuildIndex,
  syncUntilClean,
  type SearchEngine,
  type SyncHooks,
  type SyncSource,
} from '@kansplek/search';
import { broadcast, onBroadcast } from '../cluster/broadcast';
import { redisLink } from '../cluster/redis';
import { LeaderLease } from '../database/leader-lease';
import type { Logger } from '../logger';
import { IndexFollower } from './index-follower';
import { setSearchEngine } from './search-engine';
import { setSearchSyncTrigger } from './sync-trigger';

/** How long the process that syncs holds the lease without renewing it (it renews four times as often). */
export const SEARCH_SYNC_LEASE_MS = 10_000;

export interface SearchSync {
  /** Runs sync rounds until nothing is pending (tests and scripts wait on it). */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Prepares the indexes and keeps them in step. One API process at a time syncs (it holds the
 * `search-sync` lease): it pushes the outbox's changes and removes each entry only if it still holds
 * the change pushed. Alone (no REDIS_URL) that is this process, whatever lease a previous run left.
 *
 * The embedded engine lives in memory, so each process fills its own copy from MongoDB at start; with
 * Redis, the syncing process tells the others what it pushed and they read those records again
 * (IndexFollower). Meilisearch is one index for all: it keeps its data and only catches up on pending
 * changes, unless its index is empty (a new document version, a first start, lost data): then the
 * process that syncs rebuilds it. A rebuild settles pending changes only where it is the syncing
 * process's own index, so a change stays pending for every index that still needs it.
 */
export async function startSearchSync(
  engine: SearchEngine,
  log: Logger,
  sources: SyncSource[],
): Promise<SearchSync> {
  const clustered = redisLink() !== undefined;
  const lease = new LeaderLease('search-sync', SEARCH_SYNC_LEASE_MS);
  const leading = clustered ? await lease.acquire() : await lease.takeOver();
  const renewal = setInterval(() => void renew(), SEARCH_SYNC_LEASE_MS / 4);
  renewal.unref();
  const ownCopy = engine.name === 'embedded';
  const follower =
    ownCopy && clustered ? new IndexFollower(engine, sources, log, () => lease.held()) : undefined;
  const hooks: SyncHooks = {
    pushed: follower ? (index, ids) => broadcast('search-changed', { index, ids }) : undefined,
    mayMark: () => lease.held(),
  };

  for (const source of sources) {
    await engine.ensureIndex(source.index);
    if (ownCopy || (leading && (await engine.count(source.index.name)) === 0)) {
      const started = Date.now();
      const count = await rebuildIndex(engine, source, {
        settle: () => lease.held(),
        onSettled: (ids) => hooks.pushed?.(source.index.name, ids),
      });
      log.info(
        { index: source.index.name, count, ms: Date.now() - started },
        'search index built from MongoDB',
      );
    }
  }
  follower?.start();
  setSearchEngine(engine);
  const worker = new SyncWorker(engine, sources, log, {
    hooks,
    mayRun: () => lease.held() && !follower?.rebuilding,
  });
  // Pending changes (a crash between a write and its indexing) are caught up before the API serves.
  if (lease.held()) {
    for (const source of sources) {
      await syncUntilClean(engine, source, 500, hooks);
      // The current version is live: what older ones hold (an erased person included) goes.
      const retired = await engine.retireOlderVersions(source.index.name);
      if (retired.length)
        log.info({ index: source.index.name, retired }, 'older search index versions deleted');
    }
  }

  async function renew() {
    const before = lease.held();
    const now = await lease.acquire().catch((err: unknown) => {
      log.warn({ err }, 'search sync lease not renewed; retrying');
      return false;
    });
    if (now && !before) {
      log.info('this API process syncs the search indexes now');
      worker.kick();
    } else if (before && !now) log.warn('another API process syncs the search indexes now');
  }

  // A write here while another process syncs: that process runs a round at once.
  const stopListening = onBroadcast('search-pending', (_message, fromHere) => {
    if (!fromHere) worker.kick();
  });
  setSearchSyncTrigger(() => {
    if (lease.held()) worker.kick();
    else if (clustered) broadcast('search-pending', {});
  });
  worker.start();
  return {
    drain: () => worker.drain(),
    stop: async () => {
      clearInterval(renewal);
      stopListening();
      setSearchSyncTrigger(undefined);
      await worker.stop();
      await follower?.stop();
      // Another process takes over at once instead of after the lease's term.
      await lease.release();
    },
  };
}
