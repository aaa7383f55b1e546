import { loadConfig } from '../config';
import { connectDatabase } from '../database/connect';
import { startLocalMongo } from '../database/local-mongo';
import mongoose from 'mongoose';
import { loadDemoData } from './load-demo';

/** `npm run seed`: loads the demo region into the configured (or embedded) database and exits. */
async function main() {
  const config = loadConfig();
  const local = config.MONGODB_URI
    ? undefined
    : await startLocalMongo({ dataDir: config.DATA_DIR, log: console.log });
  try {
    await connectDatabase(config.MONGODB_URI ?? local!.uri, local ? 'kansplek' : undefined);
    const accounts = await loadDemoData(console.log);
    console.log(`Demo data loaded; ${accounts.length} demo accounts.`);
  } finally {
    await mongoose.disconnect();
    await local?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
