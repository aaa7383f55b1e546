import mongoose from 'mongoose';

let ferretDb = false;

/**
 * FerretDB answers `buildInfo` with `ferretdbVersion` (1.x; a `ferretdb` section in other versions). Its SQLite backend uses an index only for a
 * filter that is exactly `{ _id }` (internal/backends/sqlite/collection.go); other filters scan the
 * collection, so hot paths look documents up by `_id` there (see document-lock.ts and find-by-id.ts).
 */
export function isFerretDb(): boolean {
  return ferretDb;
}

/** One connection per process; models are registered on the default mongoose instance. */
export async function connectDatabase(uri: string, dbName?: string): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 10_000 });
  const buildInfo = await mongoose.connection.db!.admin().command({ buildInfo: 1 });
  ferretDb = 'ferretdbVersion' in buildInfo || 'ferretdb' in buildInfo;
  // Indexes are declared on the models; build them now so unique constraints hold from the first write.
  await Promise.all(Object.values(mongoose.models).map((model) => model.init()));
  return mongoose;
}

export async function pingDatabase(): Promise<boolean> {
  try {
    const db = mongoose.connection.db;
    if (!db) return false;
    await db.command({ ping: 1 });
    return true;
  } catch {
    return false;
  }
}
