import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalMongo } from '../../api/src/database/local-mongo';
import { startLocalMailpit } from '../../api/src/mail/local-mailpit';
import { installBuild } from './install-build';

/** Installs the built output once, and starts one database server the production starts share. */
export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  process.env.PRODUCTION_APP_DIR = installBuild();
  console.log(
    `\nBuilt output installed with production dependencies in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kansplek-production-db-'));
  const mongo = await startLocalMongo({ dataDir, log: () => undefined, persistent: false });
  process.env.PRODUCTION_MONGODB_BASE_URI = mongo.uri;
  // Production requires SMTP_URL: the starts send to a Mailpit of their own.
  const mailpit = await startLocalMailpit({ log: () => undefined });
  process.env.PRODUCTION_SMTP_URL = mailpit.smtpUrl;
  (globalThis as { __productionMongo?: unknown }).__productionMongo = { mongo, dataDir, mailpit };
}
