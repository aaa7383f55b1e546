import type { Model, QueryOptions, Types, UpdateQuery } from 'mongoose';
import { isFerretDb } from './connect';
import { withLease } from './lease-lock';

/**
 * FerretDB 1.24 applies an update as an unisolated read-modify-write of the whole document: two
 * concurrent `findOneAndUpdate({ _id, version })` can both match, and an `$inc` can be lost (FerretDB
 * issue #3040; reproduced in document-lock.test.ts). There a read-modify-write runs under a lease
 * that every API process on the database respects (lease-lock.ts). MongoDB applies each update to one
 * document atomically, so there `fn` runs as it is: the conditional update itself decides.
 */
export function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  return isFerretDb() ? withLease(key, fn) : fn();
}

export const documentKey = (model: { collection: { collectionName: string } }, id: unknown) =>
  `${model.collection.collectionName}:${String(id)}`;

/** A stored document as `lean()` returns it: the schema's fields plus id and timestamps. */
type Stored<T> = T & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

/**
 * The one way to change a stored document: `findOneAndUpdate` (under the document's lock on FerretDB).
 * The filter must name `_id`; add `version` (optimistic concurrency) or `status` (state transitions).
 */
export async function updateDocument<T>(
  model: Model<T>,
  filter: { _id: unknown } & Record<string, unknown>,
  update: UpdateQuery<T>,
  options: QueryOptions<T> = {},
): Promise<Stored<T> | null> {
  return withLock(documentKey(model, filter._id), () =>
    model
      .findOneAndUpdate(filter as never, update, { returnDocument: 'after', ...options })
      .lean<Stored<T>>()
      .exec(),
  );
}
