import { Writable } from 'node:stream';
import pino from 'pino';
import { totpCode, totpStep } from '../auth/totp';
import { startTestApp, type TestApp } from '../test/test-app';
import { CreateAdminError, createAdmin } from './create-admin';

/** A logger whose lines are kept, to see what the command leaves in the log. */
function keptLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: pino({ level: 'info' }, stream), lines };
}

describe('create-admin', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('when an administrator is created, then they sign in with that password, set up a second factor and are admin, and the log names no person', async () => {
    const { log, lines } = keptLog();
    const email = 'Beheerder.Een@gemeente.example';
    const { userId } = await createAdmin(
      { email, name: 'Anna Beheer', password: 'een-lang-wachtwoord', organisation: 'Beheer Regio' },
      log,
    );
    const client = app.anonymous();
    const res = await client.post('/api/auth/login', {
      email: email.toLowerCase(),
      password: 'een-lang-wachtwoord',
    });
    expect(res.status).toBe(200);
    // Admins see special-category data: their first sign-in sets up a second factor.
    expect(res.body.data).toEqual({ next: 'second_factor_enrolment' });
    await client.refreshCsrf();
    const { secret } = (await client.post('/api/auth/second-factor/enrolment')).body.data;
    const confirmed = await client.post('/api/auth/second-factor/enrolment/confirm', {
      code: totpCode(secret, totpStep()),
    });
    expect(confirmed.status).toBe(200);
    const me = await client.get('/api/me');
    expect(me.body.data).toMatchObject({
      id: userId,
      role: 'admin',
      organisation: { name: 'Beheer Regio', kind: 'service_point' },
    });
    expect(lines.join('')).toContain(userId);
    expect(lines.join('')).not.toMatch(/Anna|Beheerder|gemeente\.example/i);
  });

  it('when the password is shorter than the policy allows, then nothing is created and the rule is named', async () => {
    const { log } = keptLog();
    const attempt = createAdmin(
      { email: 'kort@gemeente.example', name: 'Kort', password: 'kort', organisation: 'Beheer' },
      log,
    );
    await expect(attempt).rejects.toThrow(CreateAdminError);
    await expect(attempt).rejects.toThrow(/password: Password must be at least 12 characters/);
    const res = await app
      .anonymous()
      .post('/api/auth/login', { email: 'kort@gemeente.example', password: 'kort' });
    expect(res.status).toBe(401);
  });

  it.each([
    ['a common password', 'welkom12345678', 'password_common'],
    ['the e-mail address', 'nieuw.beheer@gemeente.example', 'password_is_email'],
  ])(
    'when the password is %s, then nothing is created and the policy names why',
    async (_what, password, code) => {
      const { log } = keptLog();
      const attempt = createAdmin(
        { email: 'nieuw.beheer@gemeente.example', name: 'Nieuw Beheer', password, organisation: 'Beheer' },
        log,
      );
      await expect(attempt).rejects.toThrow(new RegExp(`^password: .*\\(${code}\\)$`));
      const res = await app
        .anonymous()
        .post('/api/auth/login', { email: 'nieuw.beheer@gemeente.example', password });
      expect(res.status).toBe(401);
    },
  );

  it('when the e-mail address is taken, then the command refuses and the existing account is unchanged', async () => {
    const existing = await app.createUser({ role: 'consultant' });
    const { log } = keptLog();
    await expect(
      createAdmin(
        { email: existing.email, name: 'Overname', password: 'een-lang-wachtwoord', organisation: 'Beheer' },
        log,
      ),
    ).rejects.toThrow('A user with this e-mail address already exists');
    const me = await (await app.signIn(existing)).get('/api/me');
    expect(me.body.data.role).toBe('consultant');
  });
});
