import type { SearchEngine } from '../engine';

/** The engine's calls that cross to the worker thread (every one but its name and close). */
export type EngineMethod = Exclude<keyof SearchEngine, 'name' | 'close'>;

export interface EngineCall {
  id: number;
  method: EngineMethod;
  args: unknown[];
}

/**
 * A call's result travels as JSON text (absent for calls that give nothing), not as a structured clone:
 * V8's deserializer allocated each cloned page of hits where only a full collection frees it, and read
 * back with JSON.parse it is ordinary short-lived objects (more searches under load, see
 * docs/benchmarks.md). Documents are JSON by contract
 * (Meilisearch takes them so), so nothing is lost on the way.
 */
export type EngineReply =
  | { id: number; json: string | undefined; error?: undefined }
  | { id: number; error: { message: string; stack?: string } };
