import { DEMO_PASSWORD } from '@kansplek/seed';
import mongoose from 'mongoose';
import { CandidateModel } from '../candidates/candidates.model';
import { contractProgress } from '../credits/contract-progress';
import { syncEffortCredit } from '../efforts/effort-credit';
import { syncPlacementCredit } from '../credits/placement-credit';
import { CreditModel } from '../credits/credits.model';
import { ContractModel } from '../contracts/contracts.model';
import { dutchToday } from '../contracts/today';
import { loadDemoData } from '../demo/load-demo';
import { EffortModel } from '../efforts/efforts.model';
import { MatchModel } from '../matches/matches.model';
import { NotificationModel } from '../notifications/notifications.model';
import { ReminderModel } from '../reminders/reminders.model';
import { startTestApp, type TestApp } from '../test/test-app';
import { UserModel } from '../users/users.model';
import { generateScaleData, readScaleMarker } from './generate-scale-data';

let app: TestApp;
const args = { candidates: 600, places: 400, seed: 7, batchSize: 150 };
const silent = () => undefined;

beforeAll(async () => {
  app = await startTestApp();
  await loadDemoData(silent, 10);
  await generateScaleData(args, silent);
}, 240_000);
afterAll(() => app.stop());

const scaleMatches = async () => MatchModel.find({ 'score.reasons': { $size: 0 } }).lean();

describe('the scale generator covers every collection', () => {
  it('when the region is generated, then there are matches in every stage, each candidate in at most one, and placed candidates held by theirs', async () => {
    const matches = await scaleMatches();
    const stages = new Set(matches.map((m) => m.stage));
    for (const stage of [
      'proposed',
      'shortlisted',
      'introduced',
      'interview',
      'trial',
      'hired',
      'declined',
      'stopped',
    ])
      expect(stages).toContain(stage);
    expect(new Set(matches.map((m) => String(m.candidateId))).size).toBe(matches.length);
    expect(matches.some((m) => m.employment?.durable)).toBe(true);
    expect(matches.some((m) => m.employment?.ended)).toBe(true);
    const holding = matches.filter(
      (m) => m.stage === 'trial' || (m.stage === 'hired' && !m.employment?.ended),
    );
    const held = await CandidateModel.find({ _id: { $in: holding.map((m) => m.candidateId) } }).lean();
    expect(held).toHaveLength(holding.length);
    for (const candidate of held) {
      expect(candidate.status).toBe('placed');
      expect(String(candidate.placementMatchId)).toBe(
        String(holding.find((m) => String(m.candidateId) === String(candidate._id))!._id),
      );
    }
    // Every step lies in the past, in order, and an introduction was consented to.
    const today = new Date();
    for (const match of matches) {
      const times = match.timeline.map((t) => t.at.getTime());
      expect([...times].sort((x, y) => x - y)).toEqual(times);
      expect(times.at(-1)!).toBeLessThanOrEqual(today.getTime());
      if (['introduced', 'interview', 'trial', 'hired'].includes(match.stage))
        expect(match.introduction?.consent?.given).toBe(true);
    }
  });

  it('when the region is generated, then placements and accepted efforts are credited, and progress counts them', async () => {
    const matches = await scaleMatches();
    const credits = await CreditModel.find({
      source: 'placement',
      matchId: { $in: matches.map((m) => m._id) },
    }).lean();
    expect(credits.length).toBeGreaterThan(0);
    expect(credits.every((c) => c.history.length === 1)).toBe(true);
    expect(credits.some((c) => c.lines.length > 0)).toBe(true);
    // Valued as the services value them: revaluing with them changes nothing (no second history entry).
    for (const credit of credits) await syncPlacementCredit(credit.matchId!);
    const revalued = await CreditModel.find({ _id: { $in: credits.map((c) => c._id) } }).lean();
    expect(revalued.map((c) => c.history.length)).toEqual(credits.map(() => 1));
    const efforts = await EffortModel.find({
      contractorId: { $in: matches.map((m) => m.contractorId) },
    }).lean();
    expect(new Set(efforts.map((e) => e.status))).toEqual(new Set(['accepted', 'rejected', 'submitted']));
    const accepted = efforts.filter((e) => e.status === 'accepted');
    expect(await CreditModel.countDocuments({ effortId: { $in: accepted.map((e) => e._id) } })).toBe(
      accepted.length,
    );
    for (const effort of accepted) await syncEffortCredit(effort._id);
    const effortCredits = await CreditModel.find({ effortId: { $in: accepted.map((e) => e._id) } }).lean();
    expect(effortCredits.every((c) => c.history.length === 1)).toBe(true);
    expect(effortCredits.some((c) => c.lines.length === 1)).toBe(true);

    const contract = await ContractModel.findById(credits[0]!.contractId).lean();
    const progress = await contractProgress(contract!, dutchToday());
    expect(progress.realisedCents).toBeGreaterThan(0);
  });

  it('when the region is generated, then each contractor has a planner who signs in and sees its matches, notifications and reminders', async () => {
    const match = (await scaleMatches()).find((m) => m.stage === 'trial')!;
    const planner = await UserModel.findOne({
      organisationId: match.contractorId,
      role: 'contractor',
    }).lean();
    const client = app.anonymous();
    const login = await client.post('/api/auth/login', { email: planner!.email, password: DEMO_PASSWORD });
    expect(login.status).toBe(200);
    const seen = await client.get(`/api/matches/${String(match._id)}`);
    expect(seen.status).toBe(200);
    expect(seen.body.data).toMatchObject({ id: String(match._id), stage: 'trial' });
    expect(await NotificationModel.countDocuments({ userId: planner!._id })).toBeGreaterThan(0);
    expect(await ReminderModel.countDocuments({ matchId: match._id })).toBe(2);
  });

  it('when the generator runs again, then nothing is added', async () => {
    const before = await Promise.all(
      [MatchModel, CreditModel, EffortModel, NotificationModel, UserModel].map((m) =>
        (m as typeof MatchModel).countDocuments(),
      ),
    );
    const lines: string[] = [];
    const result = await generateScaleData(args, (line) => lines.push(line));
    expect(result.added).toEqual({ candidates: 0, places: 0, companies: 0 });
    // The contracts' statuses were brought up to date by the run that wrote the credits.
    expect(lines.filter((l) => l.includes('contract statuses'))).toEqual([]);
    const after = await Promise.all(
      [MatchModel, CreditModel, EffortModel, NotificationModel, UserModel].map((m) =>
        (m as typeof MatchModel).countDocuments(),
      ),
    );
    expect(after).toEqual(before);
    expect(await readScaleMarker()).toMatchObject({
      candidates: 600,
      users: 8,
      efforts: 8,
      statusesRefreshed: true,
    });
  });

  it('when a run stopped before the contract statuses were brought up to date, then the next run does it', async () => {
    await mongoose.connection.collection('scale_loads').updateOne({}, { $set: { statusesRefreshed: false } });
    const lines: string[] = [];
    await generateScaleData(args, (line) => lines.push(line));
    expect(lines.filter((l) => l.includes('contract statuses'))).toHaveLength(1);
    expect((await readScaleMarker())?.statusesRefreshed).toBe(true);
  });
});
