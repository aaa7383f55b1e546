import mongoose from 'mongoose';
import { SESSIONS_COLLECTION } from '../auth/session';
import { notifyUser } from '../notifications/notifications.service';
import { UserModel } from '../users/users.model';
import { cookieOf, disconnection, openSocket, received, type TestSocket } from '../test/sockets';
import { startTestApp, type TestApp, type TestUser } from '../test/test-app';

// Sockets are checked again this often here (30 s in production), so an expired session shows quickly.
const RECHECK_MS = 200;

let app: TestApp;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  app = await startTestApp({}, { socketRecheckMs: RECHECK_MS });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app.stop();
});

async function signedInSocket(user: TestUser) {
  const client = await app.signIn(user);
  const socket = await openSocket(app.url, cookieOf(client));
  sockets.push(socket);
  return { client, socket, closed: disconnection(socket) };
}

/** Resolves with the disconnect reason, or 'still open' when the socket outlives `ms`. */
const within = (closed: Promise<string>, ms: number) =>
  Promise.race([closed, new Promise<string>((r) => setTimeout(() => r('still open'), ms))]);

describe('sockets end with the session and the account', () => {
  it('when a user signs out, then the socket opened before is closed and receives no more notifications', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const { client, socket, closed } = await signedInSocket(user);
    const notifications = received(socket, 'notification:new');

    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect(await within(closed, 2_000)).toBe('io server disconnect');
    await notifyUser(user.id, { kind: 'system', params: { title: 'Na', body: 'afmelden' } });
    await new Promise((r) => setTimeout(r, 200));
    expect(notifications).toEqual([]);
  });

  it('when a user signs out in one browser, then their socket in another browser stays open', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const first = await signedInSocket(user);
    const second = await signedInSocket(user);

    expect((await first.client.post('/api/auth/logout')).status).toBe(200);
    expect(await within(first.closed, 2_000)).toBe('io server disconnect');
    expect(await within(second.closed, 4 * RECHECK_MS)).toBe('still open');
  });

  it('when the session expires, then the socket is closed', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const { closed } = await signedInSocket(user);
    expect(await within(closed, 4 * RECHECK_MS)).toBe('still open');

    // What expiry looks like in MongoDB; the session cache may answer for its TTL (5 s) after it.
    await mongoose.connection
      .collection(SESSIONS_COLLECTION)
      .updateMany({ 'session.userId': user.id }, { $set: { expires: new Date(Date.now() - 1_000) } });
    expect(await within(closed, 8_000)).toBe('io server disconnect');
  });

  it('when an admin disables the user, then the socket is closed at once', async () => {
    const user = await app.createUser({ role: 'contractor' });
    const { closed } = await signedInSocket(user);
    const admin = await app.signIn(await app.createUser({ role: 'admin' }));
    const { version } = (await admin.get(`/api/users/${user.id}`)).body.data;

    const disabled = await admin.patch(`/api/users/${user.id}`, { version, status: 'disabled' });
    expect(disabled.status).toBe(200);
    // Well before the periodic check could have done it: the change itself closes the socket.
    expect(await within(closed, 2_000)).toBe('io server disconnect');
  });

  it("when the user's role changes, then the socket is closed; when only the name changes, it stays open", async () => {
    const renamed = await app.createUser({ role: 'consultant' });
    const promoted = await app.createUser({ role: 'consultant' });
    const kept = await signedInSocket(renamed);
    const changed = await signedInSocket(promoted);

    await UserModel.updateOne({ _id: renamed.id }, { $set: { name: 'Andere Naam' } });
    await UserModel.updateOne({ _id: promoted.id }, { $set: { role: 'admin' } });

    expect(await within(changed.closed, 2_000)).toBe('io server disconnect');
    expect(await within(kept.closed, 4 * RECHECK_MS)).toBe('still open');
  });
});
