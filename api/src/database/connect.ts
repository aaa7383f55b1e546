import mongoose from 'mongoose';

/** One connection per process; models are registered on the default mongoose instance. */
export async function connectDatabase(uri: string, dbName?: string): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 10_000 });
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
