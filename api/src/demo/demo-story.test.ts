import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '@kansplek/seed';
import { totpCode, totpStep } from '../auth/totp';
import { CandidateModel } from '../candidates/candidates.model';
import { ContractModel } from '../contracts/contracts.model';
import { contractProgress } from '../credits/contract-progress';
import { CreditModel } from '../credits/credits.model';
import { dutchToday } from '../contracts/today';
import { EffortModel } from '../efforts/efforts.model';
import { MatchModel } from '../matches/matches.model';
import { NotificationModel } from '../notifications/notifications.model';
import { startTestApp, type TestApp } from '../test/test-app';
import { UserModel } from '../users/users.model';
import { cleanUpStory } from './demo-story';
import { MailModel } from '../mail/mail-outbox.model';
import { tellDemoStory } from './demo-story-load';
import { loadDemoData } from './load-demo';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
  await loadDemoData(() => undefined, 40);
  await tellDemoStory();
}, 180_000);
afterAll(() => app.stop());

const count = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }),
    {},
  );

describe('the demo tells the whole story', () => {
  it('when the demo is loaded, then there are matches in every stage, trials with check-ins and hires with aftercare', async () => {
    const matches = await MatchModel.find().lean();
    expect(count(matches, (m) => m.stage)).toEqual({
      proposed: 1,
      shortlisted: 3,
      introduced: 2,
      interview: 1,
      declined: 1,
      trial: 2,
      stopped: 1,
      hired: 4,
    });
    const trials = matches.filter((m) => m.trial);
    expect(trials.every((m) => (m.trial?.checkIns.length ?? 0) >= 1)).toBe(true);
    const hires = matches.filter((m) => m.employment);
    expect(hires.filter((m) => m.employment?.durable)).toHaveLength(2);
    expect(hires.filter((m) => m.employment?.ended)).toHaveLength(1);
    // The candidate account waits for an answer to an introduction.
    expect(matches.filter((m) => m.introduction && !m.introduction.consent)).toHaveLength(1);
  });

  it('when the demo is loaded, then efforts are accepted, rejected and waiting, and placements and efforts are credited', async () => {
    const efforts = await EffortModel.find().lean();
    expect(count(efforts, (e) => e.status)).toEqual({ accepted: 3, rejected: 1, submitted: 1 });
    const credits = await CreditModel.find().lean();
    expect(credits.filter((c) => c.source === 'effort')).toHaveLength(3);
    expect(credits.filter((c) => c.source === 'placement').length).toBeGreaterThanOrEqual(7);
  });

  it("when the demo is loaded, then each hire is credited by the block its place and its person's benefit situation choose", async () => {
    const hires = await MatchModel.find({ stage: 'hired' }).lean();
    const credited = await Promise.all(
      hires.map(async (match) => {
        const credit = await CreditModel.findOne({ matchId: match._id, source: 'placement' }).lean();
        return {
          situation: match.employment?.person?.situation ?? null,
          blocks: [...new Set(credit?.lines.map((line) => line.block))].sort(),
        };
      }),
    );
    // Every demo hire has a benefit situation, so none is left with its trial's value only.
    expect(credited.filter((hire) => hire.situation === null)).toEqual([]);
    expect(
      credited.filter((hire) => !hire.blocks.some((block) => block !== 'trial' && block !== 'bonus')),
    ).toEqual([]);
  });

  it('when the demo is loaded, then every demo account has a notification waiting', async () => {
    const users = await UserModel.find({ email: { $in: DEMO_USERS.map((u) => u.email) } }).lean();
    for (const user of users) {
      const unread = await NotificationModel.countDocuments({ userId: user._id, readAt: null });
      // Named by e-mail, so a failure says whose inbox is empty.
      expect({ email: user.email, waiting: unread > 0 }).toEqual({ email: user.email, waiting: true });
    }
    // The story's notifications are history: none of them is mailed.
    expect(await MailModel.countDocuments()).toBe(0);
  });

  it('when the demo is loaded, then staff sign in with the documented demo secret and the others with the password', async () => {
    for (const user of DEMO_USERS) {
      const client = app.anonymous();
      const login = await client.post('/api/auth/login', { email: user.email, password: DEMO_PASSWORD });
      const staff = ['admin', 'consultant', 'municipality'].includes(user.role);
      expect({ email: user.email, next: login.body.data.next }).toEqual({
        email: user.email,
        next: staff ? 'second_factor' : undefined,
      });
      if (staff) {
        await client.refreshCsrf();
        const code = totpCode(DEMO_TOTP_SECRET, totpStep());
        expect((await client.post('/api/auth/second-factor', { code })).status).toBe(200);
      }
      expect((await client.get('/api/me')).body.data.email).toBe(user.email);
    }
  });

  it('when the demo is loaded, then some contracts are ahead of or on pace and others behind', async () => {
    const contracts = await ContractModel.find({ status: { $ne: 'draft' } }).lean();
    const forecasts = await Promise.all(
      contracts.map(async (c) => (await contractProgress(c, dutchToday())).forecast.status),
    );
    expect(forecasts).toEqual(expect.arrayContaining(['on_track', 'behind']));
  });

  it('when the demo loads again, then nothing is added twice', async () => {
    const before = {
      matches: await MatchModel.countDocuments(),
      efforts: await EffortModel.countDocuments(),
      credits: await CreditModel.countDocuments(),
      contracts: await ContractModel.countDocuments(),
    };
    await loadDemoData(() => undefined, 40);
    await tellDemoStory();
    expect({
      matches: await MatchModel.countDocuments(),
      efforts: await EffortModel.countDocuments(),
      credits: await CreditModel.countDocuments(),
      contracts: await ContractModel.countDocuments(),
    }).toEqual(before);
  });

  // Last: it undoes part of the story, as the next start does after an interrupted one.
  it('when an interrupted story is cleaned up, then the candidates its matches placed are active again, others stay placed', async () => {
    const placed = await CandidateModel.find({ status: 'placed', placementMatchId: { $ne: null } }).lean();
    expect(placed.length).toBeGreaterThanOrEqual(2);
    const [undone, kept] = placed;
    await cleanUpStory([{ collection: 'matches', id: undone!.placementMatchId! }]);
    expect(await CandidateModel.findById(undone!._id).lean()).toMatchObject({
      status: 'active',
      placementMatchId: null,
      version: undone!.version + 1,
    });
    expect(await CandidateModel.findById(kept!._id).lean()).toMatchObject({
      status: 'placed',
      version: kept!.version,
    });
    expect(await CreditModel.countDocuments({ matchId: undone!.placementMatchId })).toBe(0);
  });
});
