import type { Model, Types } from 'mongoose';
import { isAccelerated } from './connect';

type Stored<T> = T & { _id: Types.ObjectId; createdAt: Date; updatedAt: Date };

/**
 * One document by id that also matches `conditions` (a scope, a version, a status), or null: the
 * plain `findOne`. `_id` stays a top-level field of the filter (not inside `$and`): FerretDB pushes
 * top-level equalities down to its backend and so finds the document by index.
 */
export async function findByIdMatching<T>(
  model: Model<T>,
  id: unknown,
  conditions: Record<string, unknown> = {},
): Promise<Stored<T> | null> {
  const filter = '_id' in conditions ? { $and: [{ _id: id }, conditions] } : { ...conditions, _id: id };
  return model
    .findOne(filter as never)
    .lean<Stored<T>>()
    .exec();
}

/**
 * Several documents by id: `find({ _id: { $in } })`. FerretDB does not push `$in` down and so reads
 * the whole collection for it; accelerated, it looks the ids up one by one (each by index), in parallel.
 */
export async function findByIds<T>(model: Model<T>, ids: unknown[]): Promise<Array<Stored<T>>> {
  const unique = [...new Set(ids.map(String))];
  if (!unique.length) return [];
  if (!isAccelerated()) {
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
