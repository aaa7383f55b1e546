import type { TTrialOutcome } from '../contract';
import { createLogger, type Logger } from '../logger';

/**
 * What happened in one folder that another folder reacts to, and what each event carries. The folder
 * where it happens publishes it and knows nothing of who listens (the pipeline does not know credits
 * exist); the reacting folder subscribes at start (api/src/event-handlers.ts). Payloads carry ids and
 * names of what changed, never personal data, since a failing handler logs its payload.
 */
export interface DomainEvents {
  /** A match's trial (proefplaatsing) started. */
  'match.trial_started': { matchId: string };
  /** A trial ended: hired (with the employment), extended or stopped. */
  'trial.outcome_recorded': { matchId: string; outcome: TTrialOutcome['outcome'] };
  /** An employment that followed a match ended. */
  'employment.ended': { matchId: string };
  /** A candidate's profile changed; `fields` names the changed fields. */
  'candidate.updated': { candidateId: string; fields: string[] };
  /** A place changed (its contract, kind, requirements, title, …); `fields` names the changed fields. */
  'place.updated': { placeId: string; fields: string[] };
  /** A new version of a region's rule set was stored. */
  'rule_set.created': { regionId: string; ruleSetId: string };
}

export type DomainEventName = keyof DomainEvents;
export type DomainEventHandler<E extends DomainEventName> = (payload: DomainEvents[E]) => Promise<void>;

interface Subscription {
  name: string;
  handle: (payload: never) => Promise<void>;
}

const subscriptions = new Map<DomainEventName, Subscription[]>();
let log: Logger = createLogger('error');

/** Where handler failures are logged (the platform's logger; until set, errors go to stdout). */
export function setDomainEventLog(logger: Logger): void {
  log = logger;
}

/** Adds a handler, named for the log. Returns a function that removes it again (tests). */
export function subscribe<E extends DomainEventName>(
  event: E,
  name: string,
  handle: DomainEventHandler<E>,
): () => void {
  const subscription: Subscription = { name, handle: handle as Subscription['handle'] };
  subscriptions.set(event, [...(subscriptions.get(event) ?? []), subscription]);
  return () =>
    subscriptions.set(
      event,
      (subscriptions.get(event) ?? []).filter((s) => s !== subscription),
    );
}

/**
 * Runs the event's handlers one after the other and resolves when all are done, so the answer to the
 * request that caused it already reflects them (a test that reads credits right after starting a
 * trial sees the credit). A handler that fails is logged with the event, its name and the payload,
 * and the others still run; the publisher's own change is stored already and stays (no transactions
 * to undo it), and what a handler derives can be derived again (credits are revalued by the next
 * change or rule set). In-process on purpose: every handler runs in the API process that made the
 * change, as the direct calls did before; realtime events to browsers are a separate thing
 * (realtime/emit.ts).
 */
export async function publish<E extends DomainEventName>(event: E, payload: DomainEvents[E]): Promise<void> {
  for (const { name, handle } of subscriptions.get(event) ?? []) {
    try {
      await handle(payload as never);
    } catch (err) {
      log.error({ err, event, handler: name, payload }, 'domain event handler failed');
    }
  }
}
