import { chmodSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startLocalMongo, type LocalMongo } from '../database/local-mongo';
import { startLocalMailpit, type LocalMailpit } from '../mail/local-mailpit';

declare global {
  var __KANSPLEK_TEST_MONGO__: { server?: LocalMongo; dataDir?: string } | undefined;
  var __KANSPLEK_TEST_MAILPIT__: LocalMailpit | undefined;
}

/**
 * One Mailpit for the whole run, as `npm start` runs it; tests send to it and read what arrived through
 * its API (each test with addresses of its own). Without Mailpit only the mail tests fail, saying why.
 */
async function startTestMailpit(): Promise<void> {
  try {
    const mailpit = await startLocalMailpit({ log: (m) => console.log(m), maxMessages: 0 });
    globalThis.__KANSPLEK_TEST_MAILPIT__ = mailpit;
    process.env.TEST_SMTP_URL = mailpit.smtpUrl;
    process.env.TEST_MAILPIT_URL = mailpit.webUrl;
  } catch (error) {
    console.warn(`Mail tests will fail: ${(error as Error).message}`);
  }
}

/**
 * One real MongoDB-wire server for the whole run (the same resolver `npm start` uses); each test
 * file connects to a database of its own on it. With MONGODB_URI set, that server is used instead.
 */
export default async function globalSetup(): Promise<void> {
  await startTestMailpit();
  if (process.env.MONGODB_URI) {
    process.env.TEST_MONGODB_BASE_URI = process.env.MONGODB_URI;
    return;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kansplek-test-'));
  // Run as root, PostgreSQL runs as the postgres user, who must reach its folder in here.
  chmodSync(dataDir, 0o755);
  const server = await startLocalMongo({
    dataDir,
    log: (m) => console.log(m),
    persistent: false,
    backend: process.env.EMBEDDED_DB_BACKEND === 'sqlite' ? 'sqlite' : 'postgresql',
  });
  globalThis.__KANSPLEK_TEST_MONGO__ = { server, dataDir };
  process.env.TEST_MONGODB_BASE_URI = server.uri;
  // Where each test file's connection makes the embedded database's indexes (embedded-indexes.ts).
  if (server.postgresUrl) process.env.TEST_POSTGRES_URL = server.postgresUrl;
  // Which server the tests run on, so a test can check that the API recognises it.
  process.env.TEST_MONGODB_KIND = server.backend ? `${server.kind}-${server.backend}` : server.kind;
}
