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
