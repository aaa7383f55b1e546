import { NotificationModel } from '../notifications/notifications.model';
import { notifyUser } from '../notifications/notifications.service';
import { cookieOf, openSocket as openTestSocket, received, type TestSocket } from '../test/sockets';
import { startTestApp, type TestApp } from '../test/test-app';
import { emit } from './emit';

let app: TestApp;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app.stop();
});

const openSocket = async (cookie?: string) => {
  const socket = await openTestSocket(app.url, cookie);
  sockets.push(socket);
  return socket;
};

const settle = () => new Promise((r) => setTimeout(r, 200));

describe('realtime', () => {
  it('when a socket has no session, then it is refused', async () => {
    await expect(openSocket()).rejects.toThrow('unauthenticated');
  });

  it('when an event is sent to one user, then only that user receives it', async () => {
    const alice = await app.createUser({ role: 'consultant' });
    const bob = await app.createUser({ role: 'consultant', organisationId: alice.organisationId });
    const aliceSocket = await openSocket(cookieOf(await app.signIn(alice)));
    const bobSocket = await openSocket(cookieOf(await app.signIn(bob)));
    const toAlice = received(aliceSocket, 'notification:new');
    const toBob = received(bobSocket, 'notification:new');

    await notifyUser(alice.id, { kind: 'system', params: { title: 'Hallo', body: 'Alleen voor Alice' } });
    await settle();

    expect(toAlice).toEqual([expect.objectContaining({ title: 'Hallo', body: 'Alleen voor Alice' })]);
    expect(toBob).toEqual([]);
  });

  it('when an event is sent to an organisation, then its members receive it and others do not', async () => {
    const member = await app.createUser({ role: 'contractor' });
    const outsider = await app.createUser({ role: 'contractor' });
    const memberSocket = await openSocket(cookieOf(await app.signIn(member)));
    const outsiderSocket = await openSocket(cookieOf(await app.signIn(outsider)));
    const toMember = received(memberSocket, 'notification:count');
    const toOutsider = received(outsiderSocket, 'notification:count');

    emit({ organisationId: member.organisationId }, 'notification:count', { unread: 7 });
    await settle();

    expect(toMember).toEqual([{ unread: 7 }]);
    expect(toOutsider).toEqual([]);
  });

  it('when a user has a page open, then each notification brings their unread count; when not, nothing is counted', async () => {
    const online = await app.createUser({ role: 'consultant' });
    const offline = await app.createUser({ role: 'consultant', organisationId: online.organisationId });
    const counts = received(await openSocket(cookieOf(await app.signIn(online))), 'notification:count');
    const counting = jest.spyOn(NotificationModel, 'countDocuments');
    try {
      await notifyUser(online.id, { kind: 'system', params: { title: 'Een', body: 'Eerste' } });
      await notifyUser(online.id, { kind: 'system', params: { title: 'Twee', body: 'Tweede' } });
      await settle();
      expect(counts).toEqual([{ unread: 1 }, { unread: 2 }]);
      expect(counting).toHaveBeenCalledTimes(2);

      // Nobody of this user is connected: the notification is stored, its count is left to the next page.
      await notifyUser(offline.id, { kind: 'system', params: { title: 'Hallo', body: 'Later gelezen' } });
      expect(counting).toHaveBeenCalledTimes(2);
      expect(await NotificationModel.countDocuments({ userId: offline.id, readAt: null })).toBe(1);
    } finally {
      counting.mockRestore();
    }
  });
});
