import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mongoose from 'mongoose';
import supertest from 'supertest';
import { ApiProcess } from '../../../e2e/cluster/support/api-process';
import { matchingStep } from '../auth/totp';
import { contractorWithContract } from '../matches/proposals/proposals.test-support';
import { matchAtInterview } from '../matches/matches.test-support';
import { MatchModel } from '../matches/matches.model';
import { ApiClient } from '../test/api-client';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../test/test-app';
import { UserModel } from '../users/users.model';
import { freePort } from './processes';

/*
 * Two API processes on one database: this test's app and a second `api/src/main.ts` on the same
 * database. Conditional writes must hold across them (on the embedded database by the lease of
 * lease-lock.ts, on MongoDB by the conditional update itself), not only within one process.
 */
const ATTEMPTS = '1000';
let app: TestApp;
let other: ApiProcess;
let dataDir: string;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_ATTEMPTS_PER_15_MIN: ATTEMPTS });
  const uri = new URL(process.env.TEST_MONGODB_BASE_URI!);
  uri.pathname = `/${mongoose.connection.name}`;
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kansplek-second-api-'));
  other = new ApiProcess('B', await freePort(), {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    MONGODB_URI: uri.toString(),
    // Sessions live in the database; with the same secret a session works on both processes.
    SESSION_SECRET: app.config.SESSION_SECRET,
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    LOGIN_ATTEMPTS_PER_15_MIN: ATTEMPTS,
  });
  await other.start();
}, 180_000);
afterAll(async () => {
  await other?.stop();
  await app?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Half the requests through each process, all at once. */
const throughBoth = <T>(count: number, send: (i: number) => Promise<T>) =>
  Promise.all(Array.from({ length: count }, (_, i) => send(i)));

describe('two API processes on one database', () => {
  it('when 50 moves of one match at one version arrive through both processes, then exactly one wins', async () => {
    const region = await app.createRegion();
    const consultantUser = await app.createUser({
      role: 'consultant',
      organisationId: region.servicePointId,
    });
    const { client: contractor, contractId } = await contractorWithContract(app, region);
    const consultantA = await app.signIn(consultantUser);
    const consultantB = await app.signIn(consultantUser, other.url);
    const desk = { consultant: consultantA, contractor, contractId, otherContractor: contractor };
    const match = await matchAtInterview(desk);

    const clients: ApiClient[] = [consultantA, consultantB];
    const answers = await throughBoth(50, (i) =>
      clients[i % 2]!.post(`/api/matches/${match.id}/transitions`, {
        to: 'declined',
        version: match.version,
        reason: 'not_selected',
      }),
    );

    const statuses = answers.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    // The others find the version moved on (409), or the match no longer at interview (422).
    expect(statuses.filter((s) => s !== 200 && s !== 409 && s !== 422)).toEqual([]);
    const stored = (await MatchModel.findById(match.id).lean())!;
    expect(stored.stage).toBe('declined');
    expect(stored.version).toBe(match.version + 1);
    expect(stored.timeline.filter((entry) => entry.stage === 'declined')).toHaveLength(1);
  }, 180_000);

  it('when 50 wrong second-factor codes arrive through both processes, then every one is counted', async () => {
    const region = await app.createRegion();
    const user = await app.createUser({ role: 'consultant', organisationId: region.servicePointId });
    // A failure already counted: each wrong code now increments the count ($inc on the user).
    await UserModel.updateOne(
      { _id: user.id },
      { $set: { secondFactorFailures: { count: 1, since: new Date() } } },
    );
    const wrong = ['000000', '111111', '222222'].find(
      (code) => matchingStep(user.totpSecret!, code) === null,
    )!;
    // A half-signed session (password given, code not yet) through each process.
    const halfSignedThrough = async (url: string) => {
      const client = new ApiClient(supertest.agent(url));
      const res = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
      expect(res.body.data.next).toBe('second_factor');
      await client.refreshCsrf();
      return client;
    };
    const clients = [await halfSignedThrough(app.url), await halfSignedThrough(other.url)];

    const answers = await throughBoth(50, (i) =>
      clients[i % 2]!.post('/api/auth/second-factor', { code: wrong }),
    );

    expect(answers.map((res) => res.status)).toEqual(Array(50).fill(401));
    const stored = (await UserModel.findById(user.id).lean())!;
    expect(stored.secondFactorFailures?.count).toBe(51);
  }, 180_000);
});
