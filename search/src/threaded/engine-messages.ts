import type { SearchEngine } from '../engine';

/** The engine's calls that cross to the worker thread (every one but its name and close). */
export type EngineMethod = Exclude<keyof SearchEngine, 'name' | 'close'>;

export interface EngineCall {
  id: number;
  method: EngineMethod;
  args: unknown[];
}

export type EngineReply =
  | { id: number; result: unknown; error?: undefined }
  | { id: number; error: { message: string; stack?: string } };
