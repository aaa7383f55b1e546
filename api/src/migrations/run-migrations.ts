import mongoose from 'mongoose';
import { correctValuationRules } from './correct-valuation-rules';

/** A change to stored data that runs once per database; it must be safe to run again after a crash. */
export interface Migration {
  id: string;
  run(log: Log): Promise<string>;
}

export type Log = (message: string) => void;

/** In the order they run. */
export const MIGRATIONS: readonly Migration[] = [correctValuationRules];

interface Record {
  _id: string;
  startedAt: Date;
  finishedAt?: Date;
  summary?: string;
}

const records = () => mongoose.connection.collection<Record>('migrations');
const DUPLICATE_KEY = 11000;
// A run that started this long ago and never finished died with its process: run it again.
const ABANDONED_AFTER_MS = 30 * 60_000;

const POLL_MS = 1_000;

/**
 * Claims a migration by inserting its record (a unique `_id`, which every database enforces), so of
 * several API processes starting at once one runs it and the others wait until it has finished.
 * Answers false when it finished already.
 */
async function claim(id: string): Promise<boolean> {
  for (;;) {
    try {
      await records().insertOne({ _id: id, startedAt: new Date() });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code !== DUPLICATE_KEY) throw error;
    }
    const existing = await records().findOne({ _id: id });
    if (existing?.finishedAt) return false;
    if (existing && Date.now() - existing.startedAt.getTime() > ABANDONED_AFTER_MS) {
      // Its process died: remove the record so that one process claims it again by inserting.
      await records().deleteOne({ _id: id, startedAt: existing.startedAt });
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Runs every migration this database has not had yet, in order; called at start before anything else reads. */
export async function runMigrations(log: Log, migrations: readonly Migration[] = MIGRATIONS): Promise<void> {
  for (const migration of migrations) {
    if (!(await claim(migration.id))) continue;
    log(`Migration ${migration.id} started`);
    let summary: string;
    try {
      summary = await migration.run(log);
    } catch (error) {
      // Released, so the next start (or a waiting process) tries again at once.
      await records().deleteOne({ _id: migration.id });
      throw error;
    }
    await records().updateOne({ _id: migration.id }, { $set: { finishedAt: new Date(), summary } });
    log(`Migration ${migration.id} finished: ${summary}`);
  }
}
