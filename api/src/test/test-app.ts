import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import mongoose from 'mongoose';
import supertest from 'supertest';
import { EmbeddedEngine } from '@kansplek/search';
import type { OrganisationData, UserData } from '@kansplek/seed';
import { createApp } from '../app';
import { socketSessions } from '../auth/session-user';
import { totpCode, totpStep } from '../auth/totp';
import { subscribeEventHandlers } from '../event-handlers';
import { loadConfig, type TConfig } from '../config';
import { connectDatabase, connectOptions, disconnectDatabase } from '../database/connect';
import { createLogger } from '../logger';
import { attachRealtime } from '../realtime/realtime.server';
import { setRealtimeServer } from '../realtime/emit';
import { searchSources } from '../search-sources';
import { startSearchSync } from '../search-sync/start-search';
import { setSearchEngine } from '../search-sync/search-engine';
import { syncUntilClean } from '@kansplek/search';
import { deliverDueMail, type DeliveryResult } from '../mail/deliver-mail';
import { createMailTransport, type MailTransport } from '../mail/mail-transport';
import { UserModel } from '../users/users.model';
import { ApiClient } from './api-client';
import { mailpitUrl } from './mailpit';
import {
  createOrganisation,
  createRegion,
  createUser,
  TEST_PASSWORD,
  TEST_TOTP_SECRET,
  type TestRegion,
  type TestUser,
} from './test-data';

export { TEST_PASSWORD, TEST_TOTP_SECRET, type TestRegion, type TestUser };

export interface TestApp {
  url: string;
  server: http.Server;
  config: TConfig;
  /** The embedded search engine the app searches in. */
  search: EmbeddedEngine;
  /** Waits until every pending change is in the search index. */
  syncSearch(): Promise<void>;
  /** A client without a session (carries cookies once it has one). */
  anonymous(): ApiClient;
  createOrganisation(overrides?: Partial<OrganisationData>): Promise<string>;
  /** Staff (admin, consultant, municipality) get a second factor unless `secondFactor: false`. */
  createUser(
    overrides?: Partial<UserData> & {
      organisationId?: string;
      status?: 'active' | 'invited' | 'disabled';
      secondFactor?: boolean;
    },
  ): Promise<TestUser>;
  /**
   * Signs in as a person does: the password, then (with a second factor) a code computed from its
   * secret. Through this app, or through another API process on the same database (`through`: its URL).
   */
  signIn(user: TestUser, through?: string): Promise<ApiClient>;
  /** Sends what is due in this test's outbox to the tests' Mailpit, as the platform's sender does. */
  deliverMail(now?: Date): Promise<DeliveryResult>;
  /** A code of the user's factor that no sign-in has used yet (a code works once). */
  nextTotpCode(user: TestUser): Promise<string>;
  /** A service point with a region of two municipalities (Arnhem-like codes are unique per call). */
  createRegion(): Promise<TestRegion>;
  stop(): Promise<void>;
}

/** The real app on a real MongoDB-wire server, in a database of this test file's own. */
export async function startTestApp(
  env: Record<string, string> = {},
  options: { searchWorker?: boolean; socketRecheckMs?: number } = {},
): Promise<TestApp> {
  const base = process.env.TEST_MONGODB_BASE_URI;
  if (!base) throw new Error('TEST_MONGODB_BASE_URI is not set: run tests through jest (global setup)');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    DATA_DIR: '/tmp/kansplek-test-unused',
    PORT: '0',
    EMBEDDED_DB_ACCELERATION: process.env.EMBEDDED_DB_ACCELERATION ?? 'on',
    ...env,
  });
  // Handler failures are logged (not silent) so a test that breaks one says why.
  subscribeEventHandlers(createLogger('error'));
  await connectDatabase(
    base,
    `test_${process.env.JEST_WORKER_ID ?? 0}_${randomBytes(4).toString('hex')}`,
    connectOptions(config, { postgresUrl: process.env.TEST_POSTGRES_URL }),
  );
  const search = new EmbeddedEngine();
  // Without the worker, a test drives the sync itself (to break it on purpose).
  const searchSync =
    options.searchWorker === false
      ? await manualSearchSync(search)
      : await startSearchSync(search, createLogger('silent'), searchSources());
  const { app, sessionMiddleware } = createApp({ config, log: createLogger('silent'), search });
  const server = http.createServer(app);
  const io = await attachRealtime(server, sessionMiddleware, socketSessions, createLogger('silent'), {
    recheckMs: options.socketRecheckMs,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  let transport: MailTransport | undefined;
  const testApp: TestApp = {
    url,
    server,
    config,
    search,
    syncSearch: () => searchSync.drain(),
    anonymous: () => new ApiClient(supertest.agent(server)),
    createOrganisation,
    createUser,
    nextTotpCode: (user) => nextTotpCode(user),
    signIn: async (user, through) => {
      const client = through ? new ApiClient(supertest.agent(through)) : testApp.anonymous();
      const res = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
      if (res.body.data.next === 'second_factor') {
        // The password step started a new session, with a token of its own.
        await client.refreshCsrf();
        const code = await client.post('/api/auth/second-factor', { code: await nextTotpCode(user) });
        if (code.status !== 200)
          throw new Error(`second step failed: ${code.status} ${JSON.stringify(code.body)}`);
      } else if (res.body.data.next) {
        throw new Error(`sign-in of ${user.email} stops at ${res.body.data.next}: give the user a factor`);
      }
      await client.refreshCsrf();
      return client;
    },
    deliverMail: (now) => {
      mailpitUrl(); // fails with the reason when the run has no Mailpit
      transport ??= createMailTransport(process.env.TEST_SMTP_URL!, config.MAIL_FROM);
      return deliverDueMail({ transport, publicUrl: config.PUBLIC_URL, now, log: createLogger('silent') });
    },
    createRegion,
    stop: async () => {
      transport?.close();
      await searchSync.stop();
      setRealtimeServer(undefined);
      await new Promise<void>((resolve) => io.close(() => resolve()));
      server.closeAllConnections();
      await mongoose.connection.dropDatabase().catch(() => undefined);
      await disconnectDatabase();
    },
  };
  return testApp;
}

/** The last time step whose code the helper used, per user. */
const usedSteps = new Map<string, number>();

/**
 * A code that the server accepts: a step within one of now, later than any used before. That leaves
 * two sign-ins per 30 seconds; tests sign in the same user more often, so then the helper moves the
 * user's last used step back in the database instead of waiting for the clock.
 */
async function nextTotpCode(user: TestUser): Promise<string> {
  if (!user.totpSecret) throw new Error(`${user.email} has no second factor`);
  // Now or the next step: both are still accepted if the clock passes a step's end on the way.
  const now = totpStep();
  let step = Math.max(now, (usedSteps.get(user.id) ?? 0) + 1);
  if (step > now + 1) {
    await UserModel.updateOne({ _id: user.id }, { $set: { 'secondFactor.lastUsedStep': now - 1 } });
    step = now;
  }
  usedSteps.set(user.id, step);
  return totpCode(user.totpSecret, step);
}

async function manualSearchSync(search: EmbeddedEngine) {
  const sources = searchSources();
  for (const source of sources) await search.ensureIndex(source.index);
  setSearchEngine(search);
  return {
    drain: async () => {
      for (const source of sources) await syncUntilClean(search, source);
    },
    stop: async () => undefined,
  };
}
