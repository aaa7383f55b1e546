import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { LEASES_COLLECTION, withLease } from './lease-lock';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const leases = () =>
  mongoose.connection.collection<{ _id: string; holder: string; expiresAt: Date }>(LEASES_COLLECTION);

describe('lease lock', () => {
  it('when another process holds the lease, then the task waits until it is released, and releases its own', async () => {
    await leases().insertOne({
      _id: 'k1',
      holder: 'other-process',
      expiresAt: new Date(Date.now() + 60_000),
    });
    const order: string[] = [];
    const task = withLease('k1', async () => {
      order.push('task');
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    order.push('released by the other');
    await leases().deleteOne({ _id: 'k1' });
    await task;
    expect(order).toEqual(['released by the other', 'task']);
    expect(await leases().findOne({ _id: 'k1' })).toBeNull();
  });

  it('when the holder of a lease died (the lease expired), then the next task takes it over', async () => {
    await leases().insertOne({ _id: 'k2', holder: 'dead-process', expiresAt: new Date(Date.now() - 1) });
    await expect(withLease('k2', async () => 'ran')).resolves.toBe('ran');
  });

  it('when the lease is not released in time, then the task fails instead of running unlocked', async () => {
    await leases().insertOne({ _id: 'k3', holder: 'slow-process', expiresAt: new Date(Date.now() + 60_000) });
    let ran = false;
    await expect(
      withLease(
        'k3',
        async () => {
          ran = true;
        },
        { waitMs: 200 },
      ),
    ).rejects.toThrow('lock k3 not acquired');
    expect(ran).toBe(false);
  });

  it('when tasks of one process share a key, then they run one at a time, and a failing one lets the next run', async () => {
    let running = 0;
    let most = 0;
    const task = async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
    };
    await Promise.all([withLease('k4', task), withLease('k4', task), withLease('k4', task)]);
    expect(most).toBe(1);
    await expect(withLease('k4', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(withLease('k4', async () => 'ok')).resolves.toBe('ok');
  });
});
