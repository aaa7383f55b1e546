import { rebuildIndex, type SearchEngine, type SyncSource } from '@kansplek/search';
import { onBroadcast, onBroadcastGap } from '../cluster/broadcast';
import type { Logger } from '../logger';

const RETRY_MS = 1_000;

/**
 * Keeps this process's own copy of the indexes (the embedded engine) in step while another API
 * process syncs: that process says which records it pushed, and this one reads them from MongoDB and
 * applies them. It reads the records as they are now, so messages may come late or twice. Until
 * `start()` (while the copy is built) messages wait; a gap in the broadcasts (Redis was unreachable)
 * rebuilds the copy, since what was said meanwhile is lost.
 */
export class IndexFollower {
  private readonly waiting = new Map<string, Set<string>>();
  private readonly sources: Map<string, SyncSource>;
  private readonly unsubscribe: Array<() => void>;
  private paused = true;
  private running?: Promise<void>;
  private stopped = false;

  constructor(
    private readonly engine: SearchEngine,
    sources: SyncSource[],
    private readonly log: Logger,
    /** Whether this process syncs now (then its own pushes keep its copy, and a gap needs no rebuild). */
    private readonly syncsHere: () => boolean,
  ) {
    this.sources = new Map(sources.map((s) => [s.index.name, s]));
    this.unsubscribe = [
      onBroadcast('search-changed', ({ index, ids }, fromHere) => {
        if (fromHere || !this.sources.has(index)) return;
        const set = this.waiting.get(index) ?? new Set();
        for (const id of ids) set.add(id);
        this.waiting.set(index, set);
        this.apply();
      }),
      onBroadcastGap(() => void this.rebuild()),
    ];
  }

  /** Whether the copy is being rebuilt (nothing else may write to it meanwhile). */
  get rebuilding(): boolean {
    return this.paused && !this.stopped;
  }

  /** The copy is built: apply what arrived meanwhile, and what arrives from now on. */
  start(): void {
    this.paused = false;
    this.apply();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.paused = true;
    for (const stop of this.unsubscribe) stop();
    await this.running;
  }

  private async rebuild(): Promise<void> {
    if (this.syncsHere() || this.paused) return;
    this.paused = true;
    await this.running;
    try {
      for (const source of this.sources.values()) await rebuildIndex(this.engine, source);
      this.log.info('search index copy rebuilt after missed broadcasts');
    } catch (error) {
      this.log.error({ err: error }, 'search index copy not rebuilt; it may miss changes until a restart');
    }
    if (!this.stopped) this.start();
  }

  private apply(): void {
    if (this.paused || this.running) return;
    this.running = (async () => {
      for (const [index, set] of this.waiting) {
        if (this.paused) return;
        const ids = [...set];
        this.waiting.delete(index);
        try {
          const read = await this.sources.get(index)!.read(ids);
          await this.engine.upsert(
            index,
            read.flatMap((r) => (r.document ? [r.document] : [])),
          );
          await this.engine.remove(
            index,
            read.filter((r) => !r.document).map((r) => r.id),
          );
        } catch (error) {
          this.log.warn({ err: error, index }, 'search index copy not updated; retrying');
          const again = this.waiting.get(index) ?? new Set();
          for (const id of ids) again.add(id);
          this.waiting.set(index, again);
          await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        }
      }
    })().finally(() => {
      this.running = undefined;
      if (this.waiting.size && !this.paused) this.apply();
    });
  }
}
