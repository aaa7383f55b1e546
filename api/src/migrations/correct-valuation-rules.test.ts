import mongoose from 'mongoose';
import { addMonths } from '../contract';
import { CreditModel } from '../credits/credits.model';
import { openSroiDesk, type SroiDesk } from '../credits/credits.test-support';
import { MatchModel } from '../matches/matches.model';
import { matchAtInterview, registerIntroducible, today, trialStart } from '../matches/matches.test-support';
import { startTestApp, type TestApp } from '../test/test-app';
import { lineCentsAt, type ValuedLine } from '../valuation/credit-lines';
import { correctValuationRules } from './correct-valuation-rules';
import { runMigrations } from './run-migrations';

/**
 * Issue 17.6: credits stored under the old rules are revalued by the migration, each with its old
 * figure, the new one and why in its history. The old state is made as the old code left it: a rule
 * set keyed by target group, no stop date and no recorded benefit situation, credits with old lines.
 */

let app: TestApp;
let desk: SroiDesk;

beforeAll(async () => {
  app = await startTestApp();
  desk = await openSroiDesk(app);
});
afterAll(() => app.stop());

const oldTrialLine = (startDate: string, endDate: string): ValuedLine => ({
  block: 'trial',
  accrual: {
    kind: 'pro_rata',
    startDate,
    endDate,
    annualCents: 900_000,
    hoursPerWeek: 36,
    fullTimeHours: 36,
    capDays: null,
  },
  params: { monthlyCents: 75_000 },
});

/** Puts a credit back as the old code stored it, and answers its old figure today. */
async function storedTheOldWay(matchId: string, lines: ValuedLine[]): Promise<number> {
  const amount = lines.reduce((sum, line) => sum + lineCentsAt(line, today()), 0);
  await CreditModel.collection.updateOne(
    { sourceKey: `match:${matchId}` },
    {
      $set: {
        lines,
        history: [
          {
            at: new Date('2026-10-01T10:00:00Z'),
            amountCents: amount,
            ruleSet: null,
            reason: 'placement_started',
          },
        ],
      },
    },
  );
  return amount;
}

async function oldRuleSet() {
  const collection = mongoose.connection.collection('rulesets');
  const ruleSet = await collection.findOne({ regionId: new mongoose.Types.ObjectId(desk.region.regionId) });
  const employment = (ruleSet!.values.employment as Array<{ situation: string }>).map(
    ({ situation, ...rule }) => ({
      targetGroup: situation,
      ...rule,
    }),
  );
  await collection.updateOne(
    { _id: ruleSet!._id },
    {
      $set: {
        'values.employment': [
          ...employment,
          { targetGroup: 'status_holder', minBenefitMonths: 0, annualValueCents: 100, capMonths: 12 },
        ],
      },
    },
  );
}

describe('the migration that corrects stored credits', () => {
  let statusHolder: { matchId: string; oldCents: number };
  let stopped: { matchId: string; oldCents: number };

  beforeAll(async () => {
    // A status holder on a Participatiewet benefit for a year, tagged only as status holder: the old
    // rules gave the employment nothing. Trial in September, employed 1 October to 30 November.
    const holderId = await registerIntroducible(desk.consultant, {
      targetGroups: ['status_holder'],
      benefitType: 'participatiewet',
      benefitSince: '2025-09-01',
    } as never);
    const hired = await matchAtInterview(desk, { candidateId: holderId });
    const trial = await desk.contractor.post(
      `/api/matches/${hired.id}/trial`,
      trialStart(hired.version, { startDate: '2026-09-01' }),
    );
    const hire = await desk.contractor.post(`/api/matches/${hired.id}/trial/outcome`, {
      outcome: 'hired',
      version: trial.body.data.version,
      employment: {
        startDate: '2026-10-01',
        contractType: 'temporary',
        hoursPerWeek: 36,
        plannedEnd: '2026-11-30',
      },
    });
    expect(hire.status).toBe(200);
    // A trial from 1 June, planned to 31 July, whose stop the old code counted up to the day it was typed in.
    const stoppedMatch = await matchAtInterview(desk);
    const started = await desk.contractor.post(
      `/api/matches/${stoppedMatch.id}/trial`,
      trialStart(stoppedMatch.version, { startDate: '2026-06-01' }),
    );
    const stop = await desk.contractor.post(`/api/matches/${stoppedMatch.id}/trial/outcome`, {
      outcome: 'stopped',
      version: started.body.data.version,
      stopDate: '2026-07-31',
      reason: 'trial_unsuccessful',
    });
    expect(stop.status).toBe(200);

    await oldRuleSet();
    await MatchModel.collection.updateOne(
      { _id: new mongoose.Types.ObjectId(hired.id) },
      { $unset: { 'employment.person': '', 'employment.mboLevel': '' } },
    );
    await MatchModel.collection.updateOne(
      { _id: new mongoose.Types.ObjectId(stoppedMatch.id) },
      { $unset: { 'trial.stoppedOn': '' } },
    );
    statusHolder = {
      matchId: hired.id,
      oldCents: await storedTheOldWay(hired.id, [oldTrialLine('2026-09-01', '2026-09-30')]),
    };
    stopped = {
      matchId: stoppedMatch.id,
      oldCents: await storedTheOldWay(stoppedMatch.id, [oldTrialLine('2026-06-01', today())]),
    };
    await mongoose.connection.collection('migrations').deleteMany({});
    await runMigrations(() => undefined, [correctValuationRules]);
  });

  const creditOf = async (matchId: string) =>
    (await desk.consultant.get(`/api/contracts/${desk.contractId}/credits?limit=100`)).body.data.find(
      (credit: { matchId: string }) => credit.matchId === matchId,
    );

  it('when a status holder on Participatiewet was valued by the tag, then the employment block is Participatiewet and the history keeps the old figure', async () => {
    const credit = await creditOf(statusHolder.matchId);
    // September: one calendar month of trial, €750. 1 Oct–30 Nov: 61 days of €30,000 a year, €5,013.69.
    expect(credit.amountCents).toBe(75_000 + 501_369);
    expect(credit.lines.map((line: { block: string }) => line.block)).toEqual(['trial', 'employment']);
    expect(credit.history.at(-1)).toMatchObject({
      reason: 'rules_corrected',
      previousAmountCents: statusHolder.oldCents,
      amountCents: 75_000 + 501_369,
    });
    // The old rules: 30 days of a trial at €9,000 a year, and nothing for the employment.
    expect(statusHolder.oldCents).toBe(73_972);
  });

  it('when a stopped trial was counted to the day its outcome was typed in, then it counts to its planned end', async () => {
    const credit = await creditOf(stopped.matchId);
    // 1 June–31 July: two calendar months of €750.
    expect(credit.amountCents).toBe(150_000);
    expect(credit.history.at(-1)).toMatchObject({
      reason: 'rules_corrected',
      previousAmountCents: stopped.oldCents,
    });
    expect(stopped.oldCents).toBeGreaterThan(400_000);
    const match = await MatchModel.findById(stopped.matchId).lean();
    expect(match?.trial?.stoppedOn).toBe('2026-07-31');
  });

  it('when the rule set was keyed by target group, then its rules name benefit situations and a status-holder rule is gone with a note', async () => {
    const res = await desk.consultant.get(`/api/rule-sets?regionId=${desk.region.regionId}`);
    const [ruleSet] = res.body.data;
    expect(ruleSet.values.employment.map((rule: { situation: string }) => rule.situation)).toEqual([
      'participatiewet',
      'participatiewet',
      'banenafspraak',
      'ww',
      'ww',
      'nug',
    ]);
    expect(ruleSet.note).toMatch(/vervallen de dienstverbandregels voor status_holder/);
  });

  it('when it runs again, then nothing changes: it ran once', async () => {
    const before = await CreditModel.find({ contractId: desk.contractId }).lean();
    await runMigrations(() => undefined, [correctValuationRules]);
    expect(await CreditModel.find({ contractId: desk.contractId }).lean()).toEqual(before);
  });

  it('when the employment was recorded before, then the benefit situation of its first day is stored with it', async () => {
    const match = await MatchModel.findById(statusHolder.matchId).lean();
    expect(match?.employment?.person).toEqual({
      situation: 'participatiewet',
      benefitMonths: 13,
      age50Plus: expect.any(Boolean),
      age55Plus: expect.any(Boolean),
      statusHolder: true,
    });
    expect(addMonths('2025-09-01', 13)).toBe('2026-10-01');
  });
});
