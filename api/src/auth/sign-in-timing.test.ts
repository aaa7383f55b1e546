import { startTestApp, TEST_PASSWORD, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  // Many failed sign-ins on purpose; the limiter is not what this file tests.
  app = await startTestApp({ LOGIN_ATTEMPTS_PER_15_MIN: '1000', LOGIN_ATTEMPTS_PER_IP_PER_15_MIN: '1000' });
});
afterAll(() => app.stop());

async function timeSignIn(email: string, password: string): Promise<number> {
  const client = app.anonymous();
  await client.refreshCsrf();
  const started = performance.now();
  const res = await client.post('/api/auth/login', { email, password });
  const ms = performance.now() - started;
  expect(res.status).toBe(401);
  return ms;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('refusing a sign-in takes as long whatever the account', () => {
  it('when an invited (not yet activated) account is tried, then it is refused as slowly as a wrong password for an active one', async () => {
    const active = await app.createUser({ role: 'contractor' });
    const invited = await app.createUser({ role: 'contractor', status: 'invited' });
    const activeMs: number[] = [];
    const invitedMs: number[] = [];
    // Interleaved, and compared by their medians, so a busy moment of the machine weighs on both alike.
    for (let i = 0; i < 9; i += 1) {
      activeMs.push(await timeSignIn(active.email, `wrong-${TEST_PASSWORD}`));
      invitedMs.push(await timeSignIn(invited.email, TEST_PASSWORD));
    }
    // Without a hash to verify, the invited account was refused in a few ms against tens for argon2.
    expect(median(invitedMs) / median(activeMs)).toBeGreaterThan(0.5);
    expect(median(invitedMs) / median(activeMs)).toBeLessThan(2);
  });
});
