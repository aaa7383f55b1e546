import type { ApiClient } from '../test/api-client';
import { startTestApp, TEST_PASSWORD, type TestApp, type TestUser } from '../test/test-app';
import { totpCode, totpStep } from './totp';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ LOGIN_ATTEMPTS_PER_15_MIN: '3' });
});
afterAll(() => app.stop());

/** The password step only: the client holds a half-signed session. */
async function givePassword(user: TestUser): Promise<{ client: ApiClient; next: unknown }> {
  const client = app.anonymous();
  const res = await client.post('/api/auth/login', { email: user.email, password: TEST_PASSWORD });
  expect(res.status).toBe(200);
  await client.refreshCsrf();
  return { client, next: res.body.data.next };
}

const secretOf = (otpauthUri: string) => new URL(otpauthUri).searchParams.get('secret')!;

describe('second step of signing in', () => {
  it('when staff give the right password, then the session is half-signed and can do nothing but the code', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const { client, next } = await givePassword(user);
    expect(next).toBe('second_factor');
    expect((await client.get('/api/me')).status).toBe(401);
    expect((await client.get('/api/candidates')).status).toBe(401);
    expect((await client.post('/api/auth/second-factor/enrolment')).status).toBe(401);

    const signedIn = await client.post('/api/auth/second-factor', { code: await app.nextTotpCode(user) });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.data).toMatchObject({
      id: user.id,
      secondFactor: { enrolled: true, required: true },
    });
    expect((await client.get('/api/candidates')).status).toBe(200);
  });

  it('when a code was used once, then it does not sign in again', async () => {
    const user = await app.createUser({ role: 'municipality' });
    const code = totpCode(user.totpSecret!, totpStep());
    const first = await givePassword(user);
    expect((await first.client.post('/api/auth/second-factor', { code })).status).toBe(200);
    const second = await givePassword(user);
    const replay = await second.client.post('/api/auth/second-factor', { code });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('second_factor_invalid');
    expect(replay.body.error.details.issues[0].path).toBe('body.code');
    expect((await second.client.get('/api/me')).status).toBe(401);
  });

  it('when no password was given first, then a right code is refused', async () => {
    const user = await app.createUser({ role: 'admin' });
    const res = await app.anonymous().post('/api/auth/second-factor', { code: await app.nextTotpCode(user) });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('when wrong codes are given too often, then 429 even for the right code, from a new session too', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const { client } = await givePassword(user);
    for (let i = 0; i < 3; i += 1) {
      expect((await client.post('/api/auth/second-factor', { code: '000000' })).status).toBe(401);
    }
    const again = await givePassword(user);
    const blocked = await again.client.post('/api/auth/second-factor', {
      code: await app.nextTotpCode(user),
    });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
  });

  it('when a recovery code is given, then it signs in once and the codes left go down', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const client = await app.signIn(user);
    const fresh = await client.post('/api/me/second-factor/recovery-codes', {
      code: await app.nextTotpCode(user),
    });
    expect(fresh.status).toBe(200);
    const [recoveryCode] = fresh.body.data.recoveryCodes as string[];
    expect(recoveryCode).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    const first = await givePassword(user);
    const used = await first.client.post('/api/auth/second-factor', { code: recoveryCode!.toUpperCase() });
    expect(used.status).toBe(200);
    expect(used.body.data.secondFactor.recoveryCodesLeft).toBe(9);
    const second = await givePassword(user);
    expect((await second.client.post('/api/auth/second-factor', { code: recoveryCode })).status).toBe(401);
  });

  it('when recovery codes are made anew, then the old ones stop working; without a right code nothing changes', async () => {
    const user = await app.createUser({ role: 'admin' });
    const client = await app.signIn(user);
    const old = await client.post('/api/me/second-factor/recovery-codes', {
      code: await app.nextTotpCode(user),
    });
    const refused = await client.post('/api/me/second-factor/recovery-codes', { code: '123456' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.issues[0].path).toBe('body.code');
    const renewed = await client.post('/api/me/second-factor/recovery-codes', {
      code: await app.nextTotpCode(user),
    });
    expect(renewed.status).toBe(200);
    const oldCode = old.body.data.recoveryCodes[0] as string;
    expect(renewed.body.data.recoveryCodes).not.toContain(oldCode);
    const attempt = await givePassword(user);
    expect((await attempt.client.post('/api/auth/second-factor', { code: oldCode })).status).toBe(401);
    expect(
      (await attempt.client.post('/api/auth/second-factor', { code: renewed.body.data.recoveryCodes[0] }))
        .status,
    ).toBe(200);
  });
});

describe('enrolling a second factor', () => {
  it('when staff without a factor sign in, then they must enrol first and are signed in by a code from the new secret', async () => {
    const user = await app.createUser({ role: 'consultant', secondFactor: false });
    const { client, next } = await givePassword(user);
    expect(next).toBe('second_factor_enrolment');
    expect((await client.get('/api/candidates')).status).toBe(401);
    expect((await client.post('/api/auth/second-factor', { code: '123456' })).status).toBe(401);

    const started = await client.post('/api/auth/second-factor/enrolment');
    expect(started.status).toBe(200);
    const { secret, otpauthUri } = started.body.data;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Kansplek:/);
    expect(otpauthUri).toContain(encodeURIComponent(user.email));
    expect(secretOf(otpauthUri)).toBe(secret);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);

    const wrong = await client.post('/api/auth/second-factor/enrolment/confirm', { code: '000000' });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe('second_factor_invalid');
    expect((await client.get('/api/me')).status).toBe(401);

    const code = totpCode(secret, totpStep());
    const confirmed = await client.post('/api/auth/second-factor/enrolment/confirm', { code });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data.recoveryCodes).toHaveLength(10);
    expect(new Set(confirmed.body.data.recoveryCodes).size).toBe(10);
    expect(confirmed.body.data.me.secondFactor).toEqual({
      enrolled: true,
      required: true,
      recoveryCodesLeft: 10,
    });
    await client.refreshCsrf();
    expect((await client.get('/api/candidates')).status).toBe(200);

    // The confirming code is used up; the next sign-in asks for a code of the new secret.
    const later = await givePassword(user);
    expect(later.next).toBe('second_factor');
    expect((await later.client.post('/api/auth/second-factor', { code })).status).toBe(401);
    const nextCode = totpCode(secret, totpStep() + 1);
    expect((await later.client.post('/api/auth/second-factor', { code: nextCode })).status).toBe(200);
  });

  it('when an invited consultant sets a password, then enrolment comes next instead of a session', async () => {
    const admin = await app.signIn(await app.createUser({ role: 'admin' }));
    const invited = await admin.post('/api/users/invitations', {
      email: `nieuw.${Date.now()}@example.nl`,
      name: 'Nieuwe Consulent',
      role: 'consultant',
      organisationId: await app.createOrganisation({ kind: 'service_point' }),
    });
    const token = new URL(invited.body.data.inviteUrl).searchParams.get('token')!;
    const visitor = app.anonymous();
    const accepted = await visitor.post('/api/auth/invitations/accept', {
      token,
      password: 'Rode-Fietsen-Langs-De-IJssel',
    });
    expect(accepted.status).toBe(200);
    expect(accepted.body.data).toEqual({ next: 'second_factor_enrolment' });
    expect((await visitor.get('/api/me')).status).toBe(401);
    await visitor.refreshCsrf();
    expect((await visitor.post('/api/auth/second-factor/enrolment')).status).toBe(200);
  });

  it('when a contractor enrols from the account page, then the next sign-in asks for a code; they may turn it off again', async () => {
    const user = await app.createUser({ role: 'contractor' });
    const client = await app.signIn(user);
    expect((await client.get('/api/me')).body.data.secondFactor).toEqual({
      enrolled: false,
      required: false,
      recoveryCodesLeft: 0,
    });
    const started = await client.post('/api/auth/second-factor/enrolment');
    const secret = started.body.data.secret as string;
    const confirmed = await client.post('/api/auth/second-factor/enrolment/confirm', {
      code: totpCode(secret, totpStep()),
    });
    expect(confirmed.status).toBe(200);
    expect((await client.get('/api/me')).body.data.secondFactor.enrolled).toBe(true);
    expect((await client.post('/api/auth/second-factor/enrolment')).status).toBe(409);

    expect((await givePassword(user)).next).toBe('second_factor');
    const off = await client.delete('/api/me/second-factor', { code: totpCode(secret, totpStep() + 1) });
    expect(off.status).toBe(200);
    expect(off.body.data.secondFactor.enrolled).toBe(false);
    expect((await givePassword(user)).next).toBeUndefined();
  });

  it('when staff try to turn their factor off, then 403', async () => {
    const user = await app.createUser({ role: 'municipality' });
    const client = await app.signIn(user);
    const res = await client.delete('/api/me/second-factor', { code: await app.nextTotpCode(user) });
    expect(res.status).toBe(403);
    expect((await client.get('/api/me')).body.data.secondFactor.enrolled).toBe(true);
  });
});

describe('an administrator resets a factor', () => {
  it('when an admin resets a consultant’s factor, then it is audited and the consultant enrols anew at the next sign-in', async () => {
    const adminUser = await app.createUser({ role: 'admin' });
    const admin = await app.signIn(adminUser);
    const user = await app.createUser({ role: 'consultant' });
    expect((await admin.get(`/api/users/${user.id}`)).body.data.secondFactorEnrolled).toBe(true);

    const reset = await admin.delete(`/api/users/${user.id}/second-factor`);
    expect(reset.status).toBe(200);
    expect(reset.body.data.secondFactorEnrolled).toBe(false);
    const audit = await admin.get('/api/audit-log?action=reset_second_factor');
    expect(audit.body.data).toEqual([
      expect.objectContaining({
        action: 'reset_second_factor',
        actor: expect.objectContaining({ id: adminUser.id }),
        userId: user.id,
        candidateId: null,
      }),
    ]);
    expect((await givePassword(user)).next).toBe('second_factor_enrolment');

    const again = await admin.delete(`/api/users/${user.id}/second-factor`);
    expect(again.status).toBe(422);
    expect((await admin.delete(`/api/users/${adminUser.id}/second-factor`)).status).toBe(422);
  });
});
