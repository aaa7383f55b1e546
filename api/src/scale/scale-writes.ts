import mongoose, { type Model } from 'mongoose';
import { batchRanges } from './batches';
import { startProgress } from './progress';
import type { RawRecord } from './scale-records';

const isDuplicateOnly = (error: unknown) =>
  error instanceof mongoose.mongo.MongoBulkWriteError &&
  [error.writeErrors].flat().every((e) => e.code === 11000);

/** Raw inserts: no plugin hooks, so no outbox entries (the index is built from MongoDB, see README). */
export async function insertRaw(model: Model<never>, records: RawRecord[]): Promise<void> {
  if (!records.length) return;
  try {
    await model.collection.insertMany(records, { ordered: false });
  } catch (error) {
    // A batch written again after a crash: its records (same ids) are already there.
    if (!isDuplicateOnly(error)) throw error;
  }
}

/** A batch builder from a builder of one index's records. */
export function eachIndex(build: (index: number) => Promise<RawRecord[]>) {
  return async (start: number, end: number) => {
    const records: RawRecord[] = [];
    for (let i = start; i < end; i += 1) records.push(...(await build(i)));
    return records;
  };
}

/**
 * Builds the records of [from, to) batch by batch and writes them; the next batch is built while the
 * previous one is written. `done` moves the marker after each batch, so an interrupted run resumes
 * where it stopped.
 */
export async function generateRange<T>(
  label: string,
  from: number,
  to: number,
  batchSize: number,
  build: (start: number, end: number) => Promise<T>,
  write: (batch: T) => Promise<void>,
  done: (upTo: number) => Promise<void>,
): Promise<void> {
  if (from >= to) return;
  const progress = startProgress(label, to - from);
  let pending: Promise<void> = Promise.resolve();
  for (const { start, end } of batchRanges(from, to, batchSize)) {
    const batch = await build(start, end);
    await pending;
    pending = write(batch).then(async () => {
      await done(end);
      progress.update(end - from);
    });
  }
  await pending;
  progress.finish(to - from);
}
