import { notifyUser } from './notifications.service';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

describe('notifications', () => {
  it('when notifications arrive, then the unread count, listing and mark-read work for the owner', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const client = await app.signIn(user);
    for (let i = 1; i <= 3; i += 1)
      await notifyUser(user.id, { kind: 'system', params: { title: `Bericht ${i}`, body: 'x' } });

    expect((await client.get('/api/notifications/unread-count')).body.data).toEqual({ unread: 3 });
    const list = await client.get('/api/notifications?limit=2');
    expect(list.body.page).toMatchObject({ total: 3, pages: 2 });
    expect(list.body.data[0].title).toBe('Bericht 3');

    const read = await client.post(`/api/notifications/${list.body.data[0].id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.data.readAt).not.toBeNull();
    expect((await client.get('/api/notifications/unread-count')).body.data).toEqual({ unread: 2 });
    expect((await client.get('/api/notifications?unread=true')).body.page.total).toBe(2);

    await client.post('/api/notifications/read-all');
    expect((await client.get('/api/notifications/unread-count')).body.data).toEqual({ unread: 0 });
  });

  it("when a user tries to read another user's notification, then 404 and it stays unread", async () => {
    const owner = await app.createUser({ role: 'consultant' });
    const other = await app.signIn(await app.createUser({ role: 'consultant' }));
    const note = await notifyUser(owner.id, { kind: 'system', params: { title: 'Privé', body: 'x' } });
    const res = await other.post(`/api/notifications/${note!.id}/read`);
    expect(res.status).toBe(404);
    expect((await other.get('/api/notifications')).body.data).toEqual([]);
    const ownerClient = await app.signIn(owner);
    expect((await ownerClient.get('/api/notifications/unread-count')).body.data.unread).toBe(1);
  });

  it('when the recipient reads English, then the notification is written in English', async () => {
    const user = await app.createUser({ role: 'candidate', locale: 'en' });
    const note = await notifyUser(user.id, {
      kind: 'account_activated',
      params: { name: 'A', email: 'a@b.nl' },
    });
    expect(note!.title).toBe('Account activated');
  });
});
