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

type Sort = Record<string, 1 | -1>;

/** Orders lean documents as MongoDB's `sort` would for scalar fields (dates, numbers, strings, ids). */
function bySort(sort: Sort) {
  const key = (value: unknown) => (value instanceof Date ? value.getTime() : value);
  return (a: Record<string, unknown>, b: Record<string, unknown>) => {
    for (const [field, direction] of Object.entries(sort)) {
      const [x, y] = [key(a[field]), key(b[field])];
      const [p, q] = typeof x === 'number' && typeof y === 'number' ? [x, y] : [String(x), String(y)];
      if (p !== q) return (p < q ? -1 : 1) * direction;
    }
    return 0;
  };
}

/**
 * The documents whose `field` is one of `values` (and that match `filter`), in `sort`'s order:
 * `find({ ...filter, [field]: { $in: values } }).sort(sort)`. Accelerated, one query per value (an
 * equality FerretDB finds by index), merged and sorted here, as it does not push `$in` down.
 */
export async function findWhereIn<T>(
  model: Model<T>,
  field: string,
  values: readonly unknown[],
  options: { filter?: Record<string, unknown>; sort?: Sort } = {},
): Promise<Array<Stored<T>>> {
  const { filter = {}, sort = {} } = options;
  const unique = [...new Set(values.map(String))];
  if (!unique.length) return [];
  if (!isAccelerated()) {
    return model
      .find({ ...filter, [field]: { $in: values } } as never)
      .sort(sort)
      .lean<Array<Stored<T>>>()
      .exec();
  }
  const found = await Promise.all(
    unique.map((value) =>
      model
        .find({ ...filter, [field]: value } as never)
        .lean<Array<Stored<T>>>()
        .exec(),
    ),
  );
  return found.flat().sort(bySort(sort) as never);
}
