import mongoose from 'mongoose';
import { startTestApp, type TestApp } from '../test/test-app';
import { runMigrations, type Migration } from './run-migrations';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const records = () => mongoose.connection.collection('migrations');

function counting(id: string, ms = 50): Migration & { runs: number } {
  const migration = {
    id,
    runs: 0,
    async run() {
      migration.runs += 1;
      await new Promise((resolve) => setTimeout(resolve, ms));
      return `run ${migration.runs}`;
    },
  };
  return migration;
}

describe('migrations', () => {
  it('when several processes start at once, then one runs each migration and the others wait for it to finish', async () => {
    const migration = counting('test-once', 300);
    const finished: number[] = [];
    await Promise.all(
      [1, 2, 3].map(async (n) => {
        await runMigrations(() => undefined, [migration]);
        finished.push(n);
      }),
    );
    expect(migration.runs).toBe(1);
    expect(finished).toHaveLength(3);
    expect(await records().findOne({ _id: 'test-once' as never })).toMatchObject({ summary: 'run 1' });
  });

  it('when a migration finished before, then it does not run again', async () => {
    const migration = counting('test-once');
    await runMigrations(() => undefined, [migration]);
    expect(migration.runs).toBe(0);
  });

  it('when a run was abandoned by a process that died, then the next start runs it again', async () => {
    await records().insertOne({
      _id: 'test-abandoned' as never,
      startedAt: new Date(Date.now() - 60 * 60_000),
    });
    const migration = counting('test-abandoned');
    await runMigrations(() => undefined, [migration]);
    expect(migration.runs).toBe(1);
  });

  it('when a migration fails, then the start fails and the next start runs it again', async () => {
    const failing: Migration = { id: 'test-failing', run: () => Promise.reject(new Error('disk full')) };
    await expect(runMigrations(() => undefined, [failing])).rejects.toThrow('disk full');
    expect(await records().findOne({ _id: 'test-failing' as never })).toBeNull();
    const retried = counting('test-failing');
    await runMigrations(() => undefined, [retried]);
    expect(retried.runs).toBe(1);
  });
});
