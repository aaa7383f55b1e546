import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import { totpCode, totpStep } from '../../../api/src/auth/totp';
import { connectDatabase } from '../../../api/src/database/connect';
import { startLocalMongo, type LocalMongo } from '../../../api/src/database/local-mongo';
import { startLocalMailpit, type LocalMailpit } from '../../../api/src/mail/local-mailpit';
import { TEST_PASSWORD, type TestUser } from '../../../api/src/test/test-data';
import { ApiProcess } from './api-process';
import { ClusterClient } from './cluster-client';
import { freePort } from '../../support/free-port';
import { startRedis, type RedisServer } from './redis-server';

export interface Cluster {
  apis: ApiProcess[];
  /** The shared database (the test process is connected to it too, for test data and checks). */
  mongoUri: string;
  redisUrl: string;
  /** A client signed in as `user` through `api` (its session works on every process). */
  signIn(user: TestUser, api: ApiProcess, ip?: string): Promise<ClusterClient>;
  stop(): Promise<void>;
}

/**
 * Starts `processes` API processes on one embedded database (FerretDB, as `npm start` uses) with a
 * real Redis, as production runs them behind a load balancer. The test process connects mongoose to
 * the same database, so the factories of api/src/test/test-data.ts create users and regions there.
 * Every process gets `env` on top of the cluster's own settings.
 */
export async function startCluster(
  options: { processes?: number; env?: Record<string, string> } = {},
): Promise<Cluster> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kansplek-cluster-'));
  let mongo: LocalMongo | undefined;
  let redis: RedisServer | undefined;
  let mailpit: LocalMailpit | undefined;
  const apis: ApiProcess[] = [];
  const stop = async () => {
    await Promise.all(apis.map((api) => api.stop()));
    await mongoose.disconnect();
    await mongo?.stop();
    await redis?.stop();
    await mailpit?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    [mongo, redis, mailpit] = await Promise.all([
      startLocalMongo({ dataDir, log: () => undefined, persistent: false }),
      startRedis(),
      startLocalMailpit({ log: () => undefined }),
    ]);
    const mongoUri = `${mongo.uri}kansplek_cluster`;
    await connectDatabase(mongoUri);
    const env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      MONGODB_URI: mongoUri,
      REDIS_URL: redis.url,
      // One secret for all, as replicas behind one address share it.
      SESSION_SECRET: randomBytes(32).toString('hex'),
      DATA_DIR: dataDir,
      DEMO_DATA: 'false',
      // Clients name their address in X-Forwarded-For, as a proxy in front of the processes would.
      TRUST_PROXY: 'true',
      // One mail server for all, as replicas share one (else each would start a Mailpit on DATA_DIR's mail).
      SMTP_URL: mailpit.smtpUrl,
      ...options.env,
    };
    for (let i = 0; i < (options.processes ?? 2); i += 1) {
      apis.push(new ApiProcess(String.fromCharCode(65 + i), await freePort(), env));
    }
    // One after another: each start builds its search index and indexes of the database.
    for (const api of apis) await api.start();
    return {
      apis,
      mongoUri,
      redisUrl: redis.url,
      signIn: async (user, api, ip) => {
        const client = new ClusterClient(ip);
        const res = await client.signIn(api, user.email, TEST_PASSWORD);
        if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${JSON.stringify(res.body)}`);
        if (res.body.data.next === 'second_factor' && user.totpSecret) {
          // Staff sign in with a code; each test user signs in once, so the current step's code is unused.
          const code = await client.post(api, '/api/auth/second-factor', {
            code: totpCode(user.totpSecret, totpStep()),
          });
          if (code.status !== 200)
            throw new Error(`second step failed: ${code.status} ${JSON.stringify(code.body)}`);
          await client.refreshCsrf(api);
        } else if (res.body.data.next) {
          throw new Error(`sign-in of ${user.email} stops at ${res.body.data.next}`);
        }
        return client;
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
