import { subscribeCreditsToEvents } from './credits/credits.events';
import { subscribeEffortsToEvents } from './efforts/efforts.events';
import { setDomainEventLog } from './events/domain-events';
import type { Logger } from './logger';
import { registerPlaceIndexCopies } from './places/places.search';

let subscribed = false;

/**
 * Subscribes every folder that reacts to another's changes: to domain events (events/domain-events.ts),
 * and the places index to the organisations and contracts it copies (search-sync/indexed-copies.ts).
 * Called by each entry point before it runs any use case: the platform, the test app, the seed and
 * bench commands.
 */
export function subscribeEventHandlers(log: Logger): void {
  setDomainEventLog(log);
  if (subscribed) return;
  subscribed = true;
  subscribeCreditsToEvents();
  subscribeEffortsToEvents();
  registerPlaceIndexCopies();
}
