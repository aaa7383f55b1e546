let trigger: (() => void) | undefined;

/** Set by the platform when its sync worker starts; scripts without a worker leave records dirty for later. */
export function setSearchSyncTrigger(fn: (() => void) | undefined): void {
  trigger = fn;
}

/** Asks the sync worker for a round soon; never waits for the search engine. */
export function requestSearchSync(): void {
  trigger?.();
}
