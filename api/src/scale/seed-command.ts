import { loadConfig } from '../config';
import { withDatabase } from '../database/with-database';
import { parseScaleArgs, runCommand } from '../scale/args';
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
  await withDatabase(config, async () => {
    const accounts = await loadDemoData(console.log);
    console.log(`Demo data loaded; ${accounts.length} demo accounts.`);
    if (scale) {
      await generateScaleData(scale, console.log);
      await indexAfterScaleSeed(config, console.log);
    }
  });
}

runCommand(main, USAGE);
