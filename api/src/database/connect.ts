import mongoose from 'mongoose';
import { keepEmbeddedIndexes, type EmbeddedIndexes, type IndexedModel } from './embedded-indexes';

/**
 * What the connected server is. FerretDB answers `buildInfo` with `ferretdbVersion` (1.x; a `ferretdb`
 * section in other versions). FerretDB 1.24 applies an update as an unisolated read-modify-write
 * (document-lock.ts takes a lock there) and pushes down only a filter's top-level equalities; on its SQLite
 * backend it uses no index at all, on PostgreSQL the ones embedded-indexes.ts makes.
 * `accelerated` is false on MongoDB, and on FerretDB with EMBEDDED_DB_ACCELERATION=off: then the plain
 * MongoDB queries run, as CI's second pass checks.
 */
let server = { ferretDb: false, accelerated: false };
let indexes: EmbeddedIndexes | undefined;
let refresher: NodeJS.Timeout | undefined;

/** For this folder only: feature code writes the plain MongoDB query and calls document-lock.ts / find-by-id.ts. */
export const isFerretDb = () => server.ferretDb;
export const isAccelerated = () => server.accelerated;

export interface ConnectOptions {
  /** FerretDB's PostgreSQL database when it is the embedded one (LocalMongo.postgresUrl). */
  postgresUrl?: string;
  /** EMBEDDED_DB_ACCELERATION; on unless false. */
  acceleration?: boolean;
}

/** The options for the server `npm start` (or a command) started, or for MONGODB_URI's (none). */
export const connectOptions = (
  config: { EMBEDDED_DB_ACCELERATION: boolean },
  local?: { postgresUrl?: string },
): ConnectOptions => ({ postgresUrl: local?.postgresUrl, acceleration: config.EMBEDDED_DB_ACCELERATION });

/** One connection per process; models are registered on the default mongoose instance. */
export async function connectDatabase(
  uri: string,
  dbName?: string,
  options: ConnectOptions = {},
): Promise<typeof mongoose> {
  mongoose.set('strictQuery', true);
  await mongoose.connect(uri, { dbName, serverSelectionTimeoutMS: 10_000 });
  const buildInfo = await mongoose.connection.db!.admin().command({ buildInfo: 1 });
  const ferretDb = 'ferretdbVersion' in buildInfo || 'ferretdb' in buildInfo;
  server = { ferretDb, accelerated: ferretDb && options.acceleration !== false };
  // Indexes are declared on the models; build them now so unique constraints hold from the first write.
  const models = Object.values(mongoose.models);
  await Promise.all(models.map((model) => model.init()));
  if (server.accelerated && options.postgresUrl) {
    indexes = await keepEmbeddedIndexes(
      options.postgresUrl,
      mongoose.connection.db!.databaseName,
      models as unknown as IndexedModel[],
    );
    // Collections made after start (sessions, leases) get their indexes within a minute.
    refresher = setInterval(() => void indexes?.refresh().catch(() => undefined), 60_000);
    refresher.unref();
  }
  return mongoose;
}

/** Closes the connection (and the embedded database's index keeper). */
export async function disconnectDatabase(): Promise<void> {
  clearInterval(refresher);
  await indexes?.close().catch(() => undefined);
  indexes = undefined;
  await mongoose.disconnect();
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
