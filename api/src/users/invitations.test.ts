import { UserModel } from './users.model';
import { startTestApp, type TestApp } from '../test/test-app';
import type { ApiClient } from '../test/api-client';

let app: TestApp;
let admin: ApiClient;
let adminUser: Awaited<ReturnType<TestApp['createUser']>>;
beforeAll(async () => {
  app = await startTestApp();
  adminUser = await app.createUser({ role: 'admin' });
  admin = await app.signIn(adminUser);
});
afterAll(() => app.stop());

const tokenOf = (inviteUrl: string) => new URL(inviteUrl).searchParams.get('token')!;

async function invite(overrides: Record<string, unknown> = {}) {
  const organisationId = await app.createOrganisation({ kind: 'contractor' });
  return admin.post('/api/users/invitations', {
    email: `new.${Date.now()}.${Math.random().toString(36).slice(2)}@example.nl`,
    name: 'Nieuwe Gebruiker',
    role: 'contractor',
    organisationId,
    ...overrides,
  });
}

describe('inviting users', () => {
  it('when an admin invites a user, then a one-time link comes back and only its hash is stored', async () => {
    const res = await invite();
    expect(res.status).toBe(201);
    expect(res.body.data.user).toMatchObject({ status: 'invited', role: 'contractor' });
    expect(res.body.data.inviteUrl).toMatch(/\/wachtwoord-instellen\?token=[\w-]{43}$/);
    const stored = await UserModel.findById(res.body.data.user.id).lean();
    expect(stored!.inviteTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(tokenOf(res.body.data.inviteUrl));
  });

  it('when the invited user sets a password, then they are signed in and the inviter is notified', async () => {
    const res = await invite();
    const token = tokenOf(res.body.data.inviteUrl);
    const visitor = app.anonymous();
    const preview = await visitor.get(`/api/auth/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body.data).toMatchObject({ name: 'Nieuwe Gebruiker', role: 'contractor' });

    const accepted = await visitor.post('/api/auth/invitations/accept', {
      token,
      password: 'a-long-enough-secret',
    });
    expect(accepted.status).toBe(200);
    expect((await visitor.get('/api/me')).body.data.id).toBe(res.body.data.user.id);

    const again = await app
      .anonymous()
      .post('/api/auth/invitations/accept', { token, password: 'another-long-secret' });
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('invite_invalid');

    const notes = await admin.get('/api/notifications');
    expect(notes.body.data[0]).toMatchObject({ kind: 'account_activated', title: 'Account geactiveerd' });
  });

  it('when the password is too short, then 400 naming body.password and the invitation stays open', async () => {
    const res = await invite();
    const token = tokenOf(res.body.data.inviteUrl);
    const bad = await app.anonymous().post('/api/auth/invitations/accept', { token, password: 'short' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('body.password');
    expect((await app.anonymous().get(`/api/auth/invitations/${token}`)).status).toBe(200);
  });

  it.each([
    ['only spaces', '              ', 'password_blank'],
    ['the e-mail address', 'EMAIL', 'password_is_email'],
    ['a common password', 'welkom12345678', 'password_common'],
    ['easily guessed', 'aaaaaaaaaaaa', 'password_weak'],
  ])(
    'when the password is %s, then 400 names body.password with the reason and the invitation stays open',
    async (_what, password, reason) => {
      const res = await invite();
      const token = tokenOf(res.body.data.inviteUrl);
      const typed = password === 'EMAIL' ? res.body.data.user.email : password;
      const bad = await app.anonymous().post('/api/auth/invitations/accept', { token, password: typed });
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.issues).toEqual([
        { path: 'body.password', code: reason, message: expect.any(String) },
      ]);
      expect((await app.anonymous().get(`/api/auth/invitations/${token}`)).status).toBe(200);
    },
  );

  it('when an invitation has expired, then it cannot be used', async () => {
    const res = await invite();
    await UserModel.updateOne(
      { _id: res.body.data.user.id },
      { $set: { inviteExpiresAt: new Date(Date.now() - 1000) } },
    );
    const token = tokenOf(res.body.data.inviteUrl);
    const accepted = await app
      .anonymous()
      .post('/api/auth/invitations/accept', { token, password: 'a-long-enough-secret' });
    expect(accepted.status).toBe(410);
  });

  it('when a new link is issued, then the old one stops working', async () => {
    const res = await invite();
    const oldToken = tokenOf(res.body.data.inviteUrl);
    const reissued = await admin.post(`/api/users/${res.body.data.user.id}/invitations`);
    expect(reissued.status).toBe(201);
    expect((await app.anonymous().get(`/api/auth/invitations/${oldToken}`)).status).toBe(410);
    expect(
      (await app.anonymous().get(`/api/auth/invitations/${tokenOf(reissued.body.data.inviteUrl)}`)).status,
    ).toBe(200);
  });

  it('when the e-mail address is taken, then 409 conflict naming email', async () => {
    const first = await invite();
    const res = await invite({ email: first.body.data.user.email.toUpperCase() });
    expect(res.status).toBe(409);
    expect(res.body.error.details.fields).toEqual(['email']);
  });

  it('when the role does not fit the organisation, then 422 naming body.role', async () => {
    const res = await invite({ role: 'municipality' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0].path).toBe('body.role');
  });

  it('when the organisation does not exist, then 422 naming body.organisationId', async () => {
    const res = await invite({ organisationId: '0123456789abcdef01234567' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0].path).toBe('body.organisationId');
  });
});

describe('managing users', () => {
  it('when two admins edit the same user, then the stale save gets 409 and nothing is overwritten', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const first = await admin.patch(`/api/users/${user.id}`, { version: 0, name: 'Eerste' });
    expect(first.status).toBe(200);
    const second = await admin.patch(`/api/users/${user.id}`, { version: 0, name: 'Tweede' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    expect((await admin.get(`/api/users/${user.id}`)).body.data.name).toBe('Eerste');
  });

  it('when an admin tries to disable themselves, then 422', async () => {
    const res = await admin.patch(`/api/users/${adminUser.id}`, { version: 0, status: 'disabled' });
    expect(res.status).toBe(422);
  });

  it('when users are listed, then the list paginates, filters and never shows password hashes', async () => {
    const orgId = await app.createOrganisation({ kind: 'municipality' });
    for (let i = 0; i < 3; i += 1) await app.createUser({ role: 'municipality', organisationId: orgId });
    const page1 = await admin.get(`/api/users?organisationId=${orgId}&limit=2&sort=email`);
    const page2 = await admin.get(`/api/users?organisationId=${orgId}&limit=2&page=2&sort=email`);
    expect(page1.body.page).toEqual({ page: 1, limit: 2, total: 3, pages: 2 });
    expect(page2.body.data).toHaveLength(1);
    const ids = [...page1.body.data, ...page2.body.data].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(3);
    expect(JSON.stringify(page1.body)).not.toMatch(/passwordHash|inviteTokenHash/);
    const byRole = await admin.get('/api/users?role=municipality&limit=100');
    expect(byRole.body.data.every((u: { role: string }) => u.role === 'municipality')).toBe(true);
  });
});
