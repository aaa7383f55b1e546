import { UserModel } from '../users/users.model';
import { SESSION_COOKIE } from './session';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_ATTEMPTS_PER_15_MIN: '3' });
});
afterAll(() => app.stop());

describe('sign-in and sessions', () => {
  it('when a user signs in, then the session cookie is httpOnly and SameSite and /api/me answers', async () => {
    const user = await app.createUser({ role: 'contractor' });
    const client = app.anonymous();
    const res = await client.post('/api/auth/login', {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: user.id,
      role: 'contractor',
      organisation: { id: user.organisationId },
    });
    const cookie = (res.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith(SESSION_COOKIE),
    )!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.data.email).toBe(user.email);
    expect(me.body.data).not.toHaveProperty('passwordHash');
  });

  it('when the session is stored, then it lives in MongoDB', async () => {
    const { default: mongoose } = await import('mongoose');
    const user = await app.createUser({ role: 'candidate' });
    await app.signIn(user);
    const sessions = await mongoose.connection.db!.collection('sessions').find({}).toArray();
    expect(sessions.some((s) => JSON.stringify(s.session).includes(user.id))).toBe(true);
  });

  it('when the password is wrong or the e-mail unknown, then the same 401 invalid_credentials', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const wrong = await app
      .anonymous()
      .post('/api/auth/login', { email: user.email, password: 'nope-nope-nope' });
    const unknown = await app
      .anonymous()
      .post('/api/auth/login', { email: 'nobody@example.nl', password: 'x' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('invalid_credentials');
  });

  it('when a disabled user signs in, then 401', async () => {
    const user = await app.createUser({ role: 'consultant', status: 'disabled' });
    const res = await app.anonymous().post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(401);
  });

  it('when sign-in fails too often, then 429 rate_limited even with the right password', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const client = app.anonymous();
    for (let i = 0; i < 3; i += 1) {
      expect(
        (await client.post('/api/auth/login', { email: user.email, password: 'wrong-wrong' })).status,
      ).toBe(401);
    }
    const blocked = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
  });

  it('when a user signs out, then the session no longer works', async () => {
    const client = await app.signIn(await app.createUser({ role: 'municipality' }));
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    const me = await client.get('/api/me');
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('unauthenticated');
  });

  it('when an admin disables a signed-in user, then that user loses access at once', async () => {
    const user = await app.createUser({ role: 'contractor' });
    const client = await app.signIn(user);
    const admin = await app.signIn(await app.createUser({ role: 'admin' }));
    const res = await admin.patch(`/api/users/${user.id}`, { version: 0, status: 'disabled' });
    expect(res.status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('when a signed-in user is changed in MongoDB (another route, a script), then the next request sees it despite the cache', async () => {
    const user = await app.createUser({ role: 'municipality' });
    const client = await app.signIn(user);
    expect((await client.get('/api/me')).body.data.role).toBe('municipality');
    await UserModel.updateOne({ _id: user.id }, { $set: { name: 'Nieuwe Naam' } });
    expect((await client.get('/api/me')).body.data.name).toBe('Nieuwe Naam');
    await UserModel.findOneAndUpdate({ _id: user.id }, { $set: { status: 'disabled' } });
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('when a user changes their language, then /api/me returns it', async () => {
    const client = await app.signIn(await app.createUser({ role: 'candidate' }));
    const res = await client.patch('/api/me', { locale: 'en' });
    expect(res.status).toBe(200);
    expect((await client.get('/api/me')).body.data.locale).toBe('en');
    expect((await client.patch('/api/me', { locale: 'de' })).body.error.details.issues[0].path).toBe(
      'body.locale',
    );
  });
});

describe('CSRF protection', () => {
  it('when a state-changing request has no CSRF token, then 403 csrf_invalid and nothing changes', async () => {
    const client = await app.signIn(await app.createUser({ role: 'candidate' }));
    const res = await client.agent.patch('/api/me').send({ name: 'Changed' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_invalid');
    expect((await client.get('/api/me')).body.data.name).not.toBe('Changed');
  });

  it("when another session's token is used, then 403", async () => {
    const victim = await app.signIn(await app.createUser({ role: 'candidate' }));
    const attacker = app.anonymous();
    const attackerToken = await attacker.refreshCsrf();
    const res = await victim.agent
      .patch('/api/me')
      .set('x-csrf-token', attackerToken)
      .send({ name: 'Changed' });
    expect(res.status).toBe(403);
  });

  it('when sign-in is posted without a token, then 403', async () => {
    const user = await app.createUser({ role: 'candidate' });
    const res = await app
      .anonymous()
      .agent.post('/api/auth/login')
      .send({ email: user.email, password: TEST_PASSWORD });
    expect(res.status).toBe(403);
  });
});

describe('session clean-up', () => {
  it('when expired sessions are removed, then live ones stay and the connection keeps answering', async () => {
    const { default: mongoose } = await import('mongoose');
    const { removeExpiredSessions } = await import('./session');
    const client = await app.signIn(await app.createUser({ role: 'consultant' }));
    const sessions = mongoose.connection.db!.collection('sessions');
    await sessions.insertOne({
      _id: 'expired-session' as never,
      expires: new Date(Date.now() - 60_000),
      session: {},
    });
    expect(await removeExpiredSessions()).toBeGreaterThanOrEqual(1);
    expect(await sessions.findOne({ _id: 'expired-session' as never })).toBeNull();
    for (let i = 0; i < 5; i += 1) expect((await client.get('/api/me')).status).toBe(200);
  });
});
