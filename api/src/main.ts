import v8 from 'node:v8';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startPlatform } from './platform';

/*
 * The start script (api/package.json, and the image's command) runs this with
 * `--max-old-space-size=$API_MAX_OLD_SPACE_MB` (default 1536), the API's memory budget; the bench uses
 * the same. V8 lets garbage pile up to a multiple of the live heap before a full collection, and that
 * multiple follows the heap limit: the lower limit keeps the peak within the budget (figures in
 * docs/benchmarks.md). A larger region needs a larger limit (the API stops with "heap out of memory"
 * if what it holds outgrows it).
 */

function mailpitMessage({ webUrl, hasWebUi }: { webUrl: string; hasWebUi: boolean }): string {
  const lines = [`\nE-mail (Mailpit): ${webUrl}`];
  if (!hasWebUi) {
    lines.push(
      '  This Mailpit was built with `go install`, without its web UI (see README, E-mail). Read the mail at',
      `  ${webUrl}/view/latest.html (the newest) and ${webUrl}/api/v1/messages (all of them).`,
    );
  }
  return lines.join('\n');
}

/** V8's limit is the old space plus the young generation (48 MB more on Node 20, 192 MB on Node 24). */
function heapLimitApplies(heapLimitMb: number, configuredMb: number): boolean {
  return heapLimitMb >= configuredMb && heapLimitMb <= configuredMb + 256;
}

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.LOG_LEVEL);
  const platform = await startPlatform(config, log);
  const heapLimitMb = Math.round(v8.getHeapStatistics().heap_size_limit / 1024 / 1024);
  log.info({ url: platform.url, database: platform.databaseKind, heapLimitMb }, 'Kansplek is running');
  // Printed whatever LOG_LEVEL says: it is where every mail the app sends can be read.
  if (platform.mailpit) console.log(mailpitMessage(platform.mailpit));
  if (!heapLimitApplies(heapLimitMb, config.API_MAX_OLD_SPACE_MB)) {
    log.warn(
      { heapLimitMb, API_MAX_OLD_SPACE_MB: config.API_MAX_OLD_SPACE_MB },
      'the heap limit in force is not API_MAX_OLD_SPACE_MB: start the API with its start script',
    );
  }
  if (platform.demoAccounts.length) {
    console.log(
      `\nKansplek draait op ${platform.url}\n\nDemo-accounts (wachtwoord: ${platform.demoAccounts[0]!.password}):`,
    );
    console.table(
      platform.demoAccounts.map(({ role, email, name, totpSecret }) => ({
        rol: role,
        'e-mail': email,
        naam: name,
        'tweede factor': totpSecret ? 'ja' : 'nee',
      })),
    );
    const secret = platform.demoAccounts.find((account) => account.totpSecret)?.totpSecret;
    if (secret) {
      console.log(
        `Tweede factor (TOTP) van de demo-accounts met "ja": sleutel ${secret} in een authenticator-app,\n` +
          `of de code van nu met: oathtool --totp -b ${secret}\n`,
      );
    }
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    try {
      await platform.stop();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error) => {
  console.error('Kansplek could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
