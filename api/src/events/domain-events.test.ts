import pino from 'pino';
import { publish, setDomainEventLog, subscribe } from './domain-events';

const logged: Array<Record<string, unknown>> = [];
const unsubscribes: Array<() => void> = [];

beforeEach(() => {
  logged.length = 0;
  setDomainEventLog(pino({ level: 'error' }, { write: (line: string) => logged.push(JSON.parse(line)) }));
});
afterEach(() => {
  for (const unsubscribe of unsubscribes.splice(0)) unsubscribe();
});

const on = (...args: Parameters<typeof subscribe<'employment.ended'>>) => {
  unsubscribes.push(subscribe(...args));
};

describe('domain events', () => {
  it('when an event is published, then it resolves only after every handler has finished, in order', async () => {
    const steps: string[] = [];
    on('employment.ended', 'first', async ({ matchId }) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      steps.push(`first ${matchId}`);
    });
    on('employment.ended', 'second', async ({ matchId }) => {
      steps.push(`second ${matchId}`);
    });
    await publish('employment.ended', { matchId: 'm1' });
    expect(steps).toEqual(['first m1', 'second m1']);
  });

  it('when a handler fails, then the others still run and the failure is logged with the event and the handler', async () => {
    const ran: string[] = [];
    on('employment.ended', 'breaks', async () => {
      throw new Error('credit store unreachable');
    });
    on('employment.ended', 'still runs', async () => {
      ran.push('still runs');
    });
    await expect(publish('employment.ended', { matchId: 'm2' })).resolves.toBeUndefined();
    expect(ran).toEqual(['still runs']);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({
      msg: 'domain event handler failed',
      event: 'employment.ended',
      handler: 'breaks',
      payload: { matchId: 'm2' },
      err: { message: 'credit store unreachable' },
    });
  });

  it('when nobody subscribed to an event, then publishing it does nothing', async () => {
    await expect(publish('rule_set.created', { regionId: 'r', ruleSetId: 's' })).resolves.toBeUndefined();
    expect(logged).toEqual([]);
  });

  it('when a handler is removed, then it no longer runs', async () => {
    let calls = 0;
    const unsubscribe = subscribe('employment.ended', 'counted', async () => {
      calls += 1;
    });
    await publish('employment.ended', { matchId: 'm3' });
    unsubscribe();
    await publish('employment.ended', { matchId: 'm3' });
    expect(calls).toBe(1);
  });
});
