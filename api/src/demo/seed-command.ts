import { loadConfig } from '../config';
import { connectDatabase } from '../database/connect';
import { startLocalMongo } from '../database/local-mongo';
import mongoose from 'mongoose';
import { parseScaleArgs, UsageError } from '../scale/args';
import { generateScaleData } from '../scale/generate-scale-data';
import { indexAfterScaleSeed } from '../scale/reindex';
import { loadDemoData } from './load-demo';

const USAGE = 'usage: npm run seed [-- --candidates N --places M [--seed S] [--batch-size B]]';

/**
 * `npm run seed`: loads the demo region into the configured (or embedded) database and exits. With
 * `--candidates`/`--places` it then generates that many records into the demo region (see README,
 * "Scale and benchmark").
 */
async function main() {
  const scale = parseScaleArgs(process.argv.slice(2));
  const config = loadConfig();
  const local = config.MONGODB_URI
    ? undefined
    : await startLocalMongo({ dataDir: config.DATA_DIR, log: console.log });
  try {
    await connectDatabase(config.MONGODB_URI ?? local!.uri, local ? 'kansplek' : undefined);
    const accounts = await loadDemoData(console.log);
    console.log(`Demo data loaded; ${accounts.length} demo accounts.`);
    if (scale) {
      await generateScaleData(scale, console.log);
      await indexAfterScaleSeed(config, console.log);
    }
  } finally {
    await mongoose.disconnect();
    await local?.stop();
  }
}

main().catch((error) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});
