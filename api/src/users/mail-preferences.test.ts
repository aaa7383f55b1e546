import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

const deliveries = (body: { data: { topics: Array<{ topic: string; delivery: string }> } }) =>
  Object.fromEntries(body.data.topics.map((t) => [t.topic, t.delivery]));

describe('mail preferences', () => {
  it('when a user has chosen nothing, then each role sees its own topics with its defaults', async () => {
    const candidate = await app.signIn(await app.createUser({ role: 'candidate' }));
    const res = await candidate.get('/api/me/mail-preferences');
    expect(res.status).toBe(200);
    expect(res.body.data.digestTime).toBe('07:00');
    expect(deliveries(res.body)).toEqual({
      introductions: 'immediate',
      interviews: 'immediate',
      match_updates: 'immediate',
      account: 'immediate',
    });
    const municipality = await app.signIn(await app.createUser({ role: 'municipality' }));
    expect(deliveries((await municipality.get('/api/me/mail-preferences')).body)).toEqual({
      contracts: 'daily',
      account: 'immediate',
    });
  });

  it('when a user changes one topic, then it is kept and the others stay as they were', async () => {
    const consultant = await app.signIn(await app.createUser({ role: 'consultant' }));
    const first = await consultant.patch('/api/me/mail-preferences', { topics: { efforts: 'immediate' } });
    expect(first.status).toBe(200);
    const second = await consultant.patch('/api/me/mail-preferences', { topics: { reminders: 'off' } });
    expect(deliveries(second.body)).toMatchObject({
      efforts: 'immediate',
      reminders: 'off',
      match_updates: 'daily',
    });
    const reminders = second.body.data.topics.find((t: { topic: string }) => t.topic === 'reminders');
    expect(reminders).toEqual({ topic: 'reminders', delivery: 'off', defaultDelivery: 'immediate' });
    expect(deliveries((await consultant.get('/api/me/mail-preferences')).body)).toEqual(
      deliveries(second.body),
    );
  });

  it('when a topic is not for the role, then 422 naming that topic and nothing changes', async () => {
    const municipality = await app.signIn(await app.createUser({ role: 'municipality' }));
    const res = await municipality.patch('/api/me/mail-preferences', {
      topics: { contracts: 'off', introductions: 'daily' },
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues).toEqual([
      expect.objectContaining({ path: 'body.topics.introductions', code: 'topic_not_for_role' }),
    ]);
    expect(deliveries((await municipality.get('/api/me/mail-preferences')).body).contracts).toBe('daily');
  });

  it.each([
    [{ topics: { contracts: 'weekly' } }, 'body.topics.contracts'],
    [{ topics: { gossip: 'off' } }, 'body.topics'],
    [{ topics: {} }, 'body.topics'],
    [{ topics: { contracts: 'off' }, extra: true }, 'body'],
  ])('when the body is %j, then 400 naming %s', async (body, path) => {
    const municipality = await app.signIn(await app.createUser({ role: 'municipality' }));
    const res = await municipality.patch('/api/me/mail-preferences', body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
  });
});
