import type { Model, QueryOptions, Types, UpdateQuery } from 'mongoose';
import { isFerretDb } from './connect';
import { findByIdMatching } from './find-by-id';

/**
 * FerretDB 1.24 (SQLite) applies an update as an unisolated read-modify-write of the whole document:
 * two concurrent `findOneAndUpdate({ _id, version })` can both match, and an `$inc` can be lost
 * (FerretDB issue #3040; reproduced in document-lock.test.ts). MongoDB is atomic per document, so
 * this changes nothing there; with FerretDB it makes our writes serial per document within the process.
 * Hence: run one API process on FerretDB (the embedded default does); use MongoDB for several.
 *
 * Written by hand because it is a dozen lines: a promise chain per key, removed when idle.
 */
const tails = new Map<string, Promise<unknown>>();

export async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(fn, fn);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    if (tails.get(key) === tail) tails.delete(key);
  }
}

export const documentKey = (model: { collection: { collectionName: string } }, id: unknown) =>
  `${model.collection.collectionName}:${String(id)}`;

/** A stored document as `lean()` returns it: the schema's fields plus id and timestamps. */
type Stored<T> = T & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

/**
 * The one way to change a stored document: `findOneAndUpdate` under the document's lock. The filter
 * must name `_id`; add `version` (optimistic concurrency) or `status` (state transitions) to it.
 */
export async function updateDocument<T>(
  model: Model<T>,
  filter: { _id: unknown } & Record<string, unknown>,
  update: UpdateQuery<T>,
  options: QueryOptions<T> = {},
): Promise<Stored<T> | null> {
  const write = (where: Record<string, unknown>) =>
    model
      .findOneAndUpdate(where as never, update, { returnDocument: 'after', ...options })
      .lean<Stored<T>>()
      .exec();
  return withLock(documentKey(model, filter._id), async () => {
    if (!isFerretDb()) return write(filter);
    // FerretDB: look up by `_id` alone (indexed), check the rest here; the lock makes check and write one step.
    const { _id, ...conditions } = filter;
    if (!(await findByIdMatching(model, _id, conditions))) return null;
    return write({ _id });
  });
}
