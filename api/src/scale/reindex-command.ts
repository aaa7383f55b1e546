import { createSearchEngine } from '@kansplek/search';
import { loadConfig } from '../config';
import { searchEngineOptions } from '../search-sync/search-engine';
import { withDatabase } from '../database/with-database';
import { runCommand } from '../command-line';
import { parseReindexArgs } from './args';
import { rebuildFailures, rebuildIndexes, sourcesFor } from './reindex';

const USAGE = 'usage: npm run reindex [-- --index candidates|places]';

/**
 * `npm run reindex`: rebuilds the search indexes from MongoDB. With Meilisearch (MEILI_URL) that is
 * the real index; the embedded engine lives inside the API process, so here it is a check that every
 * record converts and indexes (the API rebuilds its own index at every start).
 */
async function main() {
  const { indexes } = parseReindexArgs(process.argv.slice(2));
  const config = loadConfig();
  const embedded = !config.MEILI_URL;
  if (embedded) {
    console.log(
      'No MEILI_URL: the embedded search index lives in the API process and is rebuilt from MongoDB at every\n' +
        'API start, so there is no index to rebuild here. Running the same rebuild in this process as a check.',
    );
  }
  const engine = createSearchEngine(searchEngineOptions(config));
  await withDatabase(config, async () => {
    const reports = await rebuildIndexes(engine, sourcesFor(indexes), console.log);
    const failures = rebuildFailures(reports);
    for (const failure of failures) console.error(`FAILED ${failure}`);
    if (failures.length) process.exitCode = 1;
    else
      console.log(
        embedded ? 'Check passed: every record converts and indexes.' : 'Meilisearch indexes rebuilt.',
      );
  }).finally(() => engine.close());
}

runCommand(main, USAGE);
