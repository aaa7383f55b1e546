import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { LEADER_LEASES_COLLECTION, LeaderLease, runExclusively } from './leader-lease';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const leases = () =>
  mongoose.connection.collection<{ _id: string; holder: string; expiresAt: Date }>(LEADER_LEASES_COLLECTION);

describe('leader lease', () => {
  it('when two processes claim the lease at once, then exactly one holds it, and it keeps it when it renews', async () => {
    const a = new LeaderLease('work-1', 10_000);
    const b = new LeaderLease('work-1', 10_000);
    const claims = await Promise.all([a.acquire(), b.acquire()]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    const [holder, other] = claims[0] ? [a, b] : [b, a];
    expect(await holder.acquire()).toBe(true);
    expect(await other.acquire()).toBe(false);
    expect(holder.held()).toBe(true);
    expect(other.held()).toBe(false);
  });

  it('when the holder died (its lease expired), then another process takes it over, and the old holder learns it lost it', async () => {
    const dead = new LeaderLease('work-2', 200);
    expect(await dead.acquire()).toBe(true);
    const next = new LeaderLease('work-2', 10_000);
    expect(await next.acquire()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(dead.held()).toBe(false);
    expect(await next.acquire()).toBe(true);
    expect(await dead.acquire()).toBe(false);
  });

  it('when the holder releases the lease, then another process gets it at once', async () => {
    const a = new LeaderLease('work-3', 60_000);
    const b = new LeaderLease('work-3', 60_000);
    expect(await a.acquire()).toBe(true);
    await a.release();
    expect(await b.acquire()).toBe(true);
    expect((await leases().findOne({ _id: 'work-3' }))?.holder).toBeDefined();
  });

  it('when two processes run the same work exclusively, then one starts only after the other is done', async () => {
    const order: string[] = [];
    const work = (name: string) => async () => {
      order.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      order.push(`${name} ends`);
    };
    await Promise.all([
      runExclusively('work-4', work('a'), { pollMs: 20 }),
      runExclusively('work-4', work('b'), { pollMs: 20 }),
    ]);
    const [first, second] = order[0] === 'a starts' ? ['a', 'b'] : ['b', 'a'];
    expect(order).toEqual([`${first} starts`, `${first} ends`, `${second} starts`, `${second} ends`]);
    expect(await leases().findOne({ _id: 'work-4' })).toBeNull();
  });

  it('when a process running alone finds the lease its killed previous run left, then it runs the work at once', async () => {
    await leases().insertOne({
      _id: 'work-5',
      holder: 'previous-run',
      expiresAt: new Date(Date.now() + 60_000),
    });
    const started = Date.now();
    await expect(runExclusively('work-5', async () => 'ran', { alone: true, pollMs: 5_000 })).resolves.toBe(
      'ran',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await leases().findOne({ _id: 'work-5' })).toBeNull();
  });
});
