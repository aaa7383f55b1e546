import type { TConfig } from '../config';
import { connectDatabase, connectOptions, disconnectDatabase } from './connect';
import { startLocalMongo } from './local-mongo';

/**
 * For commands (seed, reindex): connects to `MONGODB_URI`, or starts the embedded FerretDB under
 * `DATA_DIR` as `npm start` does, runs `work`, and always disconnects and stops what it started.
 */
export async function withDatabase<T>(config: TConfig, work: () => Promise<T>): Promise<T> {
  const local = config.MONGODB_URI
    ? undefined
    : await startLocalMongo({
        dataDir: config.DATA_DIR,
        log: console.log,
        backend: config.EMBEDDED_DB_BACKEND,
      });
  try {
    await connectDatabase(
      config.MONGODB_URI ?? local!.uri,
      local ? 'kansplek' : undefined,
      connectOptions(config, local),
    );
    return await work();
  } finally {
    await disconnectDatabase();
    await local?.stop();
  }
}
