import { loadConfig } from '../config';
import { withDatabase } from '../database/with-database';
import { loadDemoData } from '../demo/load-demo';
import { subscribeEventHandlers } from '../event-handlers';
import { createLogger } from '../logger';
import { runCommand } from '../command-line';
import { runMigrations } from '../migrations/run-migrations';
import { parseScaleArgs } from './args';
import { generateScaleData } from './generate-scale-data';
import { indexAfterScaleSeed } from './reindex';

const USAGE = 'usage: npm run seed [-- --candidates N --places M [--seed S] [--batch-size B]]';

/**
 * `npm run seed`: loads the demo region into the configured (or embedded) database and exits. With
 * `--candidates`/`--places` it then generates that many records into the demo region (see README,
 * "Scale and benchmark").
 */
async function main() {
  const scale = parseScaleArgs(process.argv.slice(2));
  const config = loadConfig();
  subscribeEventHandlers(createLogger(config.LOG_LEVEL));
  await withDatabase(config, async () => {
    await runMigrations(console.log);
    const accounts = await loadDemoData(console.log);
    console.log(`Demo data loaded; ${accounts.length} demo accounts.`);
    if (scale) {
      await generateScaleData(scale, console.log);
      await indexAfterScaleSeed(config, console.log);
    }
  });
}

runCommand(main, USAGE);
