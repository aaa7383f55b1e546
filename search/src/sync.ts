import type { IndexDefinition, SearchDocument, SearchEngine } from './engine';

export interface DirtyRecord {
  id: string;
  /** The record's version that is being pushed. */
  searchVersion: number;
  /** Which pending change this is; a record changed again meanwhile has a newer one and stays pending. */
  revision: number;
  /** The document to index, or null when the record must leave the index (deleted, erased, no longer searchable). */
  document: SearchDocument | null;
}

/** Where an index's truth lives (MongoDB); implemented by the API for each indexed collection. */
export interface SyncSource {
  readonly index: IndexDefinition;
  /** Records changed since they were last indexed, at most `limit`. */
  findDirty(limit: number): Promise<DirtyRecord[]>;
  /** Records that these versions are in the index; a record changed meanwhile stays pending. */
  markIndexed(records: Array<Omit<DirtyRecord, 'document'>>): Promise<void>;
  /** These records' documents as they are now (null: the record leaves the index). */
  read(ids: string[]): Promise<Array<{ id: string; document: SearchDocument | null }>>;
  /** Every searchable document, in batches, for a full rebuild. */
  scan(batchSize: number): AsyncIterable<SearchDocument[]>;
  /**
   * After a full rebuild whose scan started at `scanStartedAt`: the changes pending since before then
   * whose records that scan read are in the index, so they are marked indexed (with the version read)
   * instead of pushed again. Answers the ids settled.
   */
  settleBefore?(scanStartedAt: Date): Promise<string[]>;
}

/** What the process that syncs needs to hear of, or decide, during a round. */
export interface SyncHooks {
  /** A batch reached the engine and is about to be marked indexed (e.g. to tell copies elsewhere). */
  pushed?(index: string, ids: string[]): void;
  /** Asked before a batch is marked indexed: false when this process no longer holds the sync. */
  mayMark?(): boolean;
}

/**
 * One round: push dirty records to the engine, then mark them indexed. A crash between the two leaves
 * them dirty, so the next round pushes them again (upserts and deletes are idempotent): nothing is lost.
 */
export async function syncOnce(
  engine: SearchEngine,
  source: SyncSource,
  batchSize = 500,
  hooks: SyncHooks = {},
): Promise<number> {
  const dirty = await source.findDirty(batchSize);
  if (!dirty.length) return 0;
  const upserts = dirty.filter((r) => r.document).map((r) => r.document!);
  const removals = dirty.filter((r) => !r.document).map((r) => r.id);
  await engine.upsert(source.index.name, upserts);
  await engine.remove(source.index.name, removals);
  hooks.pushed?.(
    source.index.name,
    dirty.map((r) => r.id),
  );
  // Left pending for the process that holds the sync now: it pushes them again.
  if (hooks.mayMark && !hooks.mayMark()) throw new Error('search sync lease lost during a round');
  await source.markIndexed(dirty.map(({ id, searchVersion, revision }) => ({ id, searchVersion, revision })));
  return dirty.length;
}

/** Rounds until nothing is dirty; returns how many records were pushed. */
export async function syncUntilClean(
  engine: SearchEngine,
  source: SyncSource,
  batchSize = 500,
  hooks: SyncHooks = {},
): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await syncOnce(engine, source, batchSize, hooks);
    total += n;
    if (n < batchSize) return total;
  }
}

/**
 * Empties the index and fills it again from the source, reporting progress. When `settle` answers
 * true after the scan, the pending changes the scan read are marked indexed: only for an index that
 * every process reads (Meilisearch), or a process's own index when it is the one that syncs. A
 * rebuild of an index that others do not read (another process's embedded engine, a check) settles
 * nothing, so the changes stay pending for the index that needs them.
 */
export async function rebuildIndex(
  engine: SearchEngine,
  source: SyncSource,
  options: {
    batchSize?: number;
    onProgress?: (indexed: number) => void;
    settle?: () => boolean;
    onSettled?: (ids: string[]) => void;
  } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 1000;
  await engine.ensureIndex(source.index);
  await engine.clear(source.index.name);
  const scanStartedAt = new Date();
  let indexed = 0;
  for await (const batch of source.scan(batchSize)) {
    await engine.upsert(source.index.name, batch);
    indexed += batch.length;
    options.onProgress?.(indexed);
  }
  if (options.settle?.() && source.settleBefore) {
    const settled = await source.settleBefore(scanStartedAt);
    options.onSettled?.(settled);
  }
  return indexed;
}

type Log = { warn(obj: object, msg: string): void };

export interface SyncWorkerOptions {
  intervalMs?: number;
  hooks?: SyncHooks;
  /** Asked before each round: false while another process holds the sync. */
  mayRun?(): boolean;
}

/**
 * Keeps the indexes in step with MongoDB: a round every `intervalMs`, and at once after `kick()`.
 * A search outage only delays indexing; writes never wait for it.
 */
export class SyncWorker {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;
  private readonly intervalMs: number;

  constructor(
    private readonly engine: SearchEngine,
    private readonly sources: SyncSource[],
    private readonly log: Log,
    private readonly options: SyncWorkerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 1000;
  }

  /** Whether a round now would sync (this process holds the sync). */
  get active(): boolean {
    return this.options.mayRun?.() ?? true;
  }

  start(): void {
    this.stopped = false;
    this.schedule();
  }

  /** Requests a round soon (after a write), without waiting for it. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else void this.round();
  }

  /** Runs rounds until every source is clean; for tests and start-up. */
  async drain(): Promise<void> {
    await this.running;
    if (!this.active) return;
    for (const source of this.sources) await syncUntilClean(this.engine, source, 500, this.options.hooks);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.round(), this.intervalMs);
    this.timer.unref();
  }

  private round(): Promise<void> {
    clearTimeout(this.timer);
    this.running = (async () => {
      do {
        this.again = false;
        if (!this.active) break;
        for (const source of this.sources) {
          try {
            await syncUntilClean(this.engine, source, 500, this.options.hooks);
          } catch (error) {
            this.log.warn(
              { err: error, index: source.index.name },
              'search sync round failed; retrying later',
            );
          }
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = undefined;
      this.schedule();
    });
    return this.running;
  }
}
