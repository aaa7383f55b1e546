import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type {
  IndexDefinition,
  SearchDocument,
  SearchEngine,
  SearchQuery,
  SearchResult,
  SuggestQuery,
} from '../engine';
import type { EngineCall, EngineMethod, EngineReply } from './engine-messages';

/**
 * The thread's entry: the compiled module in a build (`dist/`), else a shim that registers tsx first,
 * since a worker started under jest does not inherit a TypeScript loader.
 */
const THREAD_ENTRY = __filename.endsWith('.js') ? 'engine-thread-main.js' : 'engine-thread.cjs';

/**
 * The embedded engine running in a worker thread, called through messages. Documents are copied across
 * and results come back as JSON text (see EngineReply), so it suits pages of hits rather than
 * thousands of documents.
 * Once the thread has died (it ran out of memory, say) every call fails and `alive` is false.
 */
export class WorkerEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(err: Error): void }>();
  private nextId = 0;
  private failure: Error | null = null;

  /** `onFailure`: told once when the thread stops other than by close (e.g. to log it). */
  constructor(private readonly onFailure: (err: Error) => void = () => undefined) {
    this.worker = new Worker(path.join(__dirname, THREAD_ENTRY));
    // The thread does not keep the process alive by itself; pending calls do (see call).
    this.worker.unref();
    this.worker.on('message', (reply: EngineReply) => this.answer(reply));
    this.worker.on('error', (err) => this.fail(err));
    this.worker.on('exit', (code) => this.fail(new Error(`The search thread stopped (exit code ${code})`)));
  }

  get alive(): boolean {
    return this.failure === null;
  }

  private call<T>(method: EngineMethod, args: unknown[]): Promise<T> {
    if (this.failure) return Promise.reject(this.failure);
    const id = (this.nextId += 1);
    if (this.pending.size === 0) this.worker.ref();
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args } satisfies EngineCall);
    });
  }

  private answer(reply: EngineReply): void {
    const waiting = this.pending.get(reply.id);
    if (!waiting) return;
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (reply.error) {
      const error = new Error(reply.error.message);
      error.stack = reply.error.stack;
      waiting.reject(error);
    } else waiting.resolve(reply.json === undefined ? undefined : JSON.parse(reply.json));
  }

  private fail(err: Error): void {
    if (!this.failure) {
      this.failure = err;
      this.onFailure(err);
    }
    for (const waiting of this.pending.values()) waiting.reject(this.failure);
    this.pending.clear();
  }

  async isHealthy(): Promise<boolean> {
    return this.alive && (await this.call<boolean>('isHealthy', []));
  }
  ensureIndex(definition: IndexDefinition): Promise<void> {
    return this.call('ensureIndex', [definition]);
  }
  upsert(index: string, documents: SearchDocument[]): Promise<void> {
    return this.call('upsert', [index, documents]);
  }
  remove(index: string, ids: string[]): Promise<void> {
    return this.call('remove', [index, ids]);
  }
  clear(index: string): Promise<void> {
    return this.call('clear', [index]);
  }
  count(index: string): Promise<number> {
    return this.call('count', [index]);
  }
  get<D extends SearchDocument = SearchDocument>(index: string, id: string): Promise<D | null> {
    return this.call('get', [index, id]);
  }
  search<D extends SearchDocument = SearchDocument>(
    index: string,
    query: SearchQuery,
  ): Promise<SearchResult<D>> {
    return this.call('search', [index, query]);
  }
  retireOlderVersions(index: string): Promise<string[]> {
    return this.call('retireOlderVersions', [index]);
  }
  suggest(index: string, query: SuggestQuery): Promise<string[]> {
    return this.call('suggest', [index, query]);
  }
  async close(): Promise<void> {
    this.failure ??= new Error('The search thread was closed');
    await this.worker.terminate();
  }
}
