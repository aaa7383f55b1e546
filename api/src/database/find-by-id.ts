import type { Model, Types } from 'mongoose';
import sift from 'sift';
import { isFerretDb } from './connect';

type Stored<T> = T & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

/**
 * One document by id that also matches `conditions` (a scope, a version, a status), or null.
 * On MongoDB that is one indexed query; on FerretDB the `_id` lookup is the only indexed one, so the
 * conditions are checked in memory with sift (the MongoDB query language, as mongoose itself uses it).
 */
export async function findByIdMatching<T>(
  model: Model<T>,
  id: unknown,
  conditions: Record<string, unknown> = {},
): Promise<Stored<T> | null> {
  const hasConditions = Object.keys(conditions).length > 0;
  if (!isFerretDb() && hasConditions) {
    return model
      .findOne({ $and: [{ _id: id }, conditions] } as never)
      .lean<Stored<T>>()
      .exec();
  }
  const doc = await model.findById(id).lean<Stored<T>>().exec();
  if (!doc || !hasConditions) return doc;
  return sift(conditions)(doc) ? doc : null;
}

/**
 * Several documents by id. MongoDB answers `$in` from the index; FerretDB would scan the collection
 * for it, so there the ids are looked up one by one (each an indexed `_id` lookup), in parallel.
 */
export async function findByIds<T>(model: Model<T>, ids: unknown[]): Promise<Array<Stored<T>>> {
  const unique = [...new Set(ids.map(String))];
  if (!unique.length) return [];
  if (!isFerretDb()) {
    return model
      .find({ _id: { $in: unique } } as never)
      .lean<Array<Stored<T>>>()
      .exec();
  }
  const docs: Array<Stored<T> | null> = await Promise.all(
    unique.map((id) => model.findById(id).lean<Stored<T>>().exec()),
  );
  return docs.filter((doc): doc is Stored<T> => doc !== null);
}
