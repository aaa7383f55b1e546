import { Types } from 'mongoose';
import { createLogger } from '../logger';
import { NotificationModel } from '../notifications/notifications.model';
import { startTestApp, type TestApp, type TestUser } from '../test/test-app';
import { ReminderModel } from './reminders.model';
import { cancelReminders, scheduleReminder, sendDueReminders, startReminders } from './reminders.service';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());
// sendDueReminders sends every due reminder in the database: each test starts from none.
beforeEach(() => ReminderModel.deleteMany({}));

const DAY = 24 * 60 * 60_000;
const now = new Date('2026-06-01T08:00:00Z');

const trialEnding = (key: string, userIds: string[], overrides: { dueAt?: Date; date?: string } = {}) =>
  scheduleReminder({
    key,
    kind: 'trial_ending',
    dueAt: overrides.dueAt ?? new Date(now.getTime() - DAY),
    userIds,
    params: { candidate: 'Sanne de Vries', place: 'Hovenier', date: overrides.date ?? '12-06-2026' },
    link: '/matches/1',
  });

const notificationsOf = (user: TestUser) => NotificationModel.find({ userId: user.id }).lean();

describe('reminders', () => {
  it('when the same key is scheduled twice, then there is one reminder and one notification when due', async () => {
    const user = await app.createUser({ role: 'consultant' });
    await Promise.all([trialEnding('trial-ending:a', [user.id]), trialEnding('trial-ending:a', [user.id])]);
    await trialEnding('trial-ending:a', [user.id], { date: '19-06-2026' });

    expect(await ReminderModel.countDocuments({ key: 'trial-ending:a' })).toBe(1);
    expect(await sendDueReminders(now)).toBe(1);
    const notes = await notificationsOf(user);
    expect(notes).toHaveLength(1);
    // The last schedule wins while the reminder is pending.
    expect(notes[0]!.body).toContain('19-06-2026');
  });

  it('when a sent key is scheduled again, then it stays sent and is not sent again', async () => {
    const user = await app.createUser({ role: 'consultant' });
    await trialEnding('trial-ending:b', [user.id]);
    await sendDueReminders(now);

    const again = await trialEnding('trial-ending:b', [user.id], { dueAt: new Date(now.getTime() + DAY) });
    expect(again.status).toBe('sent');
    expect(await sendDueReminders(new Date(now.getTime() + 2 * DAY))).toBe(0);
    expect(await notificationsOf(user)).toHaveLength(1);
  });

  it('when a reminder is not yet due, then it is not sent; when due and two runs race, then it is sent once', async () => {
    const user = await app.createUser({ role: 'consultant' });
    await trialEnding('trial-ending:c', [user.id], { dueAt: new Date(now.getTime() + DAY) });

    expect(await sendDueReminders(now)).toBe(0);
    expect(await notificationsOf(user)).toHaveLength(0);

    const later = new Date(now.getTime() + DAY);
    const [first, second] = await Promise.all([sendDueReminders(later), sendDueReminders(later)]);
    expect(first + second).toBe(1);
    expect(await notificationsOf(user)).toHaveLength(1);
    expect(await ReminderModel.findOne({ key: 'trial-ending:c' }).lean()).toMatchObject({
      status: 'sent',
      sentAt: expect.any(Date),
    });
  });

  it('when reminders are cancelled by match or by key prefix, then they are not sent', async () => {
    const user = await app.createUser({ role: 'consultant' });
    const matchId = new Types.ObjectId();
    await scheduleReminder({
      key: `checkin-overdue:${String(matchId)}:2026-05-20`,
      kind: 'checkin_overdue',
      dueAt: now,
      userIds: [user.id],
      params: { candidate: 'Sanne de Vries', place: 'Hovenier', date: '20-05-2026' },
      matchId,
    });
    await trialEnding('trial-ending:d:2026-06-12', [user.id]);
    await trialEnding('trial-ending:dd:2026-06-12', [user.id]);

    expect(await cancelReminders({ matchId })).toBe(1);
    expect(await cancelReminders({ keyPrefix: 'trial-ending:d:' })).toBe(1);
    // Only the reminder whose key merely resembles the prefix is left.
    expect(await sendDueReminders(now)).toBe(1);
    expect(await ReminderModel.countDocuments({ status: 'cancelled' })).toBe(2);
    expect(await notificationsOf(user)).toHaveLength(1);
  });

  it('when a cancelled key is scheduled again, then it is pending and sent', async () => {
    const user = await app.createUser({ role: 'consultant' });
    await trialEnding('trial-ending:e', [user.id]);
    await cancelReminders({ keyPrefix: 'trial-ending:e' });

    expect((await trialEnding('trial-ending:e', [user.id])).status).toBe('pending');
    expect(await sendDueReminders(now)).toBe(1);
  });

  it('when a reminder fell due while no worker ran, then the worker sends it on its first run', async () => {
    const user = await app.createUser({ role: 'consultant' });
    await trialEnding('trial-ending:f', [user.id], { dueAt: new Date(Date.now() - 3 * DAY) });

    const worker = startReminders(createLogger('silent'), 60 * 60_000);
    // stop() waits for the run that started with the worker.
    await worker.stop();
    expect(await notificationsOf(user)).toHaveLength(1);
    expect(await ReminderModel.findOne({ key: 'trial-ending:f' }).lean()).toMatchObject({ status: 'sent' });
  });

  it('when a reminder is sent, then only its recipient sees it, in Dutch', async () => {
    const recipient = await app.createUser({ role: 'consultant', locale: 'nl' });
    const other = await app.createUser({ role: 'consultant', locale: 'nl' });
    await trialEnding('trial-ending:g', [recipient.id]);
    await sendDueReminders(now);

    const mine = await (await app.signIn(recipient)).get('/api/notifications');
    expect(mine.status).toBe(200);
    expect(mine.body.data).toEqual([
      expect.objectContaining({
        kind: 'trial_ending',
        title: 'Proefplaatsing loopt af',
        body: 'De proefplaatsing van Sanne de Vries bij "Hovenier" eindigt op 12-06-2026.',
        link: '/matches/1',
        readAt: null,
      }),
    ]);
    const theirs = await (await app.signIn(other)).get('/api/notifications');
    expect(theirs.body.data).toEqual([]);
  });
});
