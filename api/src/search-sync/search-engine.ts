import type { SearchEngine } from '@kansplek/search';

let engine: SearchEngine | undefined;

/** Set once at start-up (like the realtime server); search use cases read the engine from here. */
export function setSearchEngine(value: SearchEngine | undefined): void {
  engine = value;
}

export function searchEngine(): SearchEngine {
  if (!engine) throw new Error('The search engine has not been started');
  return engine;
}
