import { ConfigError, loadConfig } from './config';
import { createLogger } from './logger';
import { startPlatform } from './platform';

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
  log.info({ url: platform.url, database: platform.databaseKind }, 'Kansplek is running');
  if (platform.demoAccounts.length) {
    console.log(
      `\nKansplek draait op ${platform.url}\n\nDemo-accounts (wachtwoord: ${platform.demoAccounts[0]!.password}):`,
    );
    console.table(
      platform.demoAccounts.map(({ role, email, name }) => ({ rol: role, 'e-mail': email, naam: name })),
    );
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
