import { startTestApp, TEST_PASSWORD, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({
    LOGIN_ATTEMPTS_PER_15_MIN: '3',
    LOGIN_ATTEMPTS_PER_IP_PER_15_MIN: '5',
    // Each test signs in from an address of its own (X-Forwarded-For from the proxy).
    TRUST_PROXY: 'true',
  });
});
afterAll(() => app.stop());

/** A sign-in attempt from `ip`, as a browser makes it (CSRF token first). */
async function signInFrom(ip: string, email: string, password = 'wrong-password') {
  const agent = app.anonymous().agent;
  const csrf = await agent.get('/api/auth/csrf').set('x-forwarded-for', ip).expect(200);
  return agent
    .post('/api/auth/login')
    .set('x-forwarded-for', ip)
    .set('x-csrf-token', csrf.body.data.token as string)
    .send({ email, password });
}

describe('sign-in limits', () => {
  it('when one address tries many e-mail addresses, then it is refused after the limit, even with a right password', async () => {
    const ip = '198.51.100.1';
    for (let i = 0; i < 5; i += 1) expect((await signInFrom(ip, `niemand${i}@example.nl`)).status).toBe(401);
    const user = await app.createUser({ role: 'consultant' });

    const blocked = await signInFrom(ip, user.email, TEST_PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    // Another address is not held back by it.
    expect((await signInFrom('198.51.100.2', user.email, TEST_PASSWORD)).status).toBe(200);
  });

  it('when one account is guessed at, then that account is refused after its own limit', async () => {
    const user = await app.createUser({ role: 'consultant' });
    for (let i = 0; i < 3; i += 1) expect((await signInFrom('198.51.100.3', user.email)).status).toBe(401);
    expect((await signInFrom('198.51.100.3', user.email, TEST_PASSWORD)).status).toBe(429);
  });

  it('when sign-ins succeed, then they do not count against the address', async () => {
    const users = await Promise.all([0, 1, 2, 3, 4, 5].map(() => app.createUser({ role: 'contractor' })));
    for (const user of users) {
      expect((await signInFrom('198.51.100.4', user.email, TEST_PASSWORD)).status).toBe(200);
    }
  });
});
