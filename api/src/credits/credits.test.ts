import { CANDIDATES_INDEX } from '@kansplek/search';
import mongoose from 'mongoose';
import { addMonths } from '../contract';
import { ContractModel } from '../contracts/contracts.model';
import { contractorWithContract } from '../matches/proposals/proposals.test-support';
import { daysFromToday, kindsOf, matchAtInterview, today, trialStart } from '../matches/matches.test-support';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { presetValues } from '../valuation/rule-set-presets';
import { alertContractsBehindPace } from './behind-pace-alerts';
import { CreditModel } from './credits.model';
import { openSroiDesk, registerParticipatiewetCandidate, type SroiDesk } from './credits.test-support';

let app: TestApp;
let desk: SroiDesk;
let admin: ApiClient;
let municipality: ApiClient;
let region: TestRegion;

const oostNederland = presetValues('oost_nederland');

beforeAll(async () => {
  app = await startTestApp();
  desk = await openSroiDesk(app);
  ({ admin, municipality, region } = desk);
});
afterAll(() => app.stop());

const participatiewetCandidate = () => registerParticipatiewetCandidate(desk.consultant);

/** A trial from 1 October 2026, and an employment of 24 hours a week from 1 to 10 November 2026. */
async function hiredForTenDays() {
  const match = await matchAtInterview(desk, { candidateId: await participatiewetCandidate() });
  const trial = await desk.contractor.post(
    `/api/matches/${match.id}/trial`,
    trialStart(match.version, { startDate: '2026-10-01' }),
  );
  expect(trial.status).toBe(200);
  const hired = await desk.contractor.post(`/api/matches/${match.id}/trial/outcome`, {
    outcome: 'hired',
    version: trial.body.data.version,
    employment: {
      startDate: '2026-11-01',
      contractType: 'temporary',
      hoursPerWeek: 24,
      plannedEnd: '2026-11-10',
    },
  });
  expect(hired.status).toBe(200);
  return match;
}

// Oost-Nederland: €750 a month for a trial, €40,000 per full-time year for Participatiewet ≥ 2 years.
// The trial counts from 1 October to the day before the employment: one calendar month, €750.
const TRIAL_CENTS = 75_000;
// The employment: 10 days of 24 of 36 hours. €40,000 × 24/36 × 10/365 = €730.59
const EMPLOYMENT_CENTS = 73_059;

const creditFor = (client: ApiClient, matchId: string) =>
  client
    .get(`/api/contracts/${desk.contractId}/credits?limit=100`)
    .then((res) => (res.body.data as Array<{ matchId: string | null }>).find((c) => c.matchId === matchId));

describe('crediting a placement', () => {
  it('when a trial runs its default two calendar months, then the contract is credited €750 for each', async () => {
    const match = await matchAtInterview(desk, { candidateId: await participatiewetCandidate() });
    await desk.contractor.post(
      `/api/matches/${match.id}/trial`,
      trialStart(match.version, { startDate: '2026-09-01' }),
    );
    const credit = await creditFor(desk.consultant, match.id);
    // 1 September to 31 October: two calendar months of €750.
    expect(credit).toMatchObject({
      source: 'placement',
      kind: 'job',
      label: 'Schoonmaker kantoren',
      amountCents: 150_000,
      ruleSet: { name: 'Bouwblokken Oost-Nederland', version: 1 },
      lines: [{ block: 'trial', params: { monthlyCents: 75_000 } }],
      history: [{ reason: 'placement_started' }],
    });
  });

  it('when the candidate is hired, then the employment is valued pro rata for hours and days and the trial stops counting the day before', async () => {
    const match = await hiredForTenDays();
    const credit = await creditFor(desk.consultant, match.id);
    expect(credit).toMatchObject({
      amountCents: TRIAL_CENTS + EMPLOYMENT_CENTS,
      lines: [
        { block: 'trial', cents: TRIAL_CENTS },
        {
          block: 'employment',
          cents: EMPLOYMENT_CENTS,
          params: { situation: 'participatiewet', minBenefitMonths: 24, capMonths: 12, hoursPerWeek: 24 },
        },
      ],
    });
  });

  it('when the contractor reads the credits, then it sees each amount but not the building blocks that name the target group', async () => {
    const match = await hiredForTenDays();
    const credit = await creditFor(desk.contractor, match.id);
    expect(credit).toMatchObject({ amountCents: TRIAL_CENTS + EMPLOYMENT_CENTS, lines: [] });
    expect(JSON.stringify(credit)).not.toContain('participatiewet');
  });

  it('when an admin stores a new rule set version, then the credits are revalued and the history names both versions', async () => {
    const match = await hiredForTenDays();
    const values = {
      ...oostNederland,
      employment: oostNederland.employment.map((rule) =>
        rule.situation === 'participatiewet' && rule.minBenefitMonths === 24
          ? { ...rule, annualValueCents: 5_000_000 }
          : rule,
      ),
    };
    const created = await admin.post('/api/rule-sets', {
      regionId: region.regionId,
      name: 'Bouwblokken Oost-Nederland 2026',
      effectiveFrom: '2020-01-01',
      values,
    });
    expect(created.status).toBe(201);
    const credit = await creditFor(desk.consultant, match.id);
    const employment = Math.floor((5_000_000 * 24 * 10) / (36 * 365)); // 91 324
    expect(credit).toMatchObject({ amountCents: TRIAL_CENTS + employment, ruleSet: { version: 2 } });
    expect((credit as unknown as { history: unknown[] }).history).toEqual([
      expect.objectContaining({
        reason: 'placement_started',
        ruleSet: expect.objectContaining({ version: 1 }),
      }),
      expect.objectContaining({
        reason: 'placement_changed',
        ruleSet: expect.objectContaining({ version: 1 }),
      }),
      expect.objectContaining({
        reason: 'rule_set_changed',
        amountCents: TRIAL_CENTS + employment,
        ruleSet: expect.objectContaining({ version: 2 }),
      }),
    ]);
  });

  it('when the benefit ends after the hire, then the employment keeps the block of its first day', async () => {
    const match = await hiredForTenDays();
    const before = (await creditFor(desk.consultant, match.id)) as unknown as { amountCents: number };
    const candidate = await desk.consultant.get(`/api/candidates/${match.candidateId}`);
    const changed = await desk.consultant.patch(`/api/candidates/${match.candidateId}`, {
      version: candidate.body.data.version,
      benefitType: 'none',
      benefitSince: null,
      targetGroups: [],
    });
    expect(changed.status).toBe(200);
    const credit = await creditFor(desk.consultant, match.id);
    expect(credit).toMatchObject({
      amountCents: before.amountCents,
      lines: [{ block: 'trial' }, { block: 'employment', params: { situation: 'participatiewet' } }],
    });
  });

  it('when the employment ends, then it stops counting on its last day', async () => {
    const match = await hiredForTenDays();
    const current = await desk.consultant.get(`/api/matches/${match.id}`);
    const ended = await desk.consultant.post(`/api/matches/${match.id}/employment/end`, {
      version: current.body.data.version,
      endDate: '2026-11-05',
      reason: 'Project afgerond',
    });
    expect(ended.status).toBe(200);
    const credit = (await CreditModel.findOne({ sourceKey: `match:${match.id}` }).lean())!;
    const employmentLine = credit.lines.find((line) => line.block === 'employment')!;
    expect(employmentLine.accrual).toMatchObject({ startDate: '2026-11-01', endDate: '2026-11-05' });
  });
});

describe('contract progress', () => {
  it('when a contract has credits, then its progress shows realised credit, realisation, the forecast and a monthly series', async () => {
    const res = await desk.contractor.get(`/api/contracts/${desk.contractId}/progress`);
    expect(res.status).toBe(200);
    const credits = await CreditModel.find({ contractId: desk.contractId }).lean();
    expect(credits.length).toBeGreaterThan(0);
    const progress = res.body.data;
    expect(progress).toMatchObject({
      contractId: desk.contractId,
      obligationCents: 12_500_000,
      startDate: '2026-01-01',
      deadline: '2028-06-30',
      today: today(),
      forecast: { status: expect.stringMatching(/on_track|behind/) },
    });
    expect(progress.realisedCents).toBeGreaterThan(0);
    expect(progress.realisedBasisPoints).toBe(Math.floor((progress.realisedCents * 10_000) / 12_500_000));
    expect(progress.series.at(-1)).toEqual({ date: today(), realisedCents: progress.realisedCents });
    expect(progress.series[0].date).toBe('2026-01-31');
    expect(progress.bySource).toEqual([
      expect.objectContaining({ kind: 'job', cents: progress.realisedCents }),
    ]);
  });

  it('when a match is at interview, then its expected first-year value is pipeline, not realised', async () => {
    const before = (await desk.consultant.get(`/api/contracts/${desk.contractId}/progress`)).body.data;
    await matchAtInterview(desk, { candidateId: await participatiewetCandidate() });
    const after = (await desk.consultant.get(`/api/contracts/${desk.contractId}/progress`)).body.data;
    // 32 hours (the place's most) of 36 for a full year at €50,000 (version 2).
    expect(after.pipelineCents - before.pipelineCents).toBe(Math.floor((5_000_000 * 32 * 365) / (36 * 365)));
    expect(after.pipelineMatches).toBe(before.pipelineMatches + 1);
    expect(after.realisedCents).toBe(before.realisedCents);
  });

  it('when the pipeline is valued, then its places and benefit situations come from MongoDB, not the search index', async () => {
    const candidateId = await participatiewetCandidate();
    await matchAtInterview(desk, { candidateId });
    await app.syncSearch();
    const progress = async () => {
      const read: string[] = [];
      mongoose.set('debug', (collection: string) => void read.push(collection));
      try {
        const res = await desk.consultant.get(`/api/contracts/${desk.contractId}/progress`);
        expect(res.status).toBe(200);
        return { pipelineCents: res.body.data.pipelineCents as number, read };
      } finally {
        mongoose.set('debug', false);
      }
    };
    const indexed = await progress();
    // The search index holds no benefit data (sensitive, and not a search filter): read by id.
    expect(indexed.read).toContain('candidates');
    expect(indexed.read).toContain('places');
    // Out of the index (as before a rebuild), the candidate is valued the same.
    await app.search.remove(CANDIDATES_INDEX.name, [candidateId]);
    const withoutIndex = await progress();
    expect(withoutIndex.pipelineCents).toBe(indexed.pipelineCents);
    expect(indexed.pipelineCents).toBeGreaterThan(0);
  });

  it('when the credit reaches the obligation, then the contract turns fulfilled and its parties are told', async () => {
    const { client: contractor, contractId } = await contractorWithContract(app, region);
    await ContractModel.updateOne({ _id: contractId }, { $set: { obligationCents: 50_000 } });
    const ownDesk = { ...desk, contractor, contractId };
    const match = await matchAtInterview(ownDesk, { candidateId: await participatiewetCandidate() });
    await contractor.post(
      `/api/matches/${match.id}/trial`,
      trialStart(match.version, { startDate: daysFromToday(-30) }),
    );
    // 31 days of a trial at €750 a month: more than the €500 obligation.
    expect((await ContractModel.findById(contractId).lean())!.status).toBe('fulfilled');
    expect(await kindsOf(contractor)).toContain('contract_fulfilled: Verplichting gehaald');
    expect(await kindsOf(municipality)).toContain('contract_fulfilled: Verplichting gehaald');
  });

  it('when the municipality reads progress, then it gets the figures but never the credits of single placements', async () => {
    expect((await municipality.get(`/api/contracts/${desk.contractId}/progress`)).status).toBe(200);
    expect((await municipality.get(`/api/contracts/${desk.contractId}/credits`)).status).toBe(403);
  });

  it("when another contractor asks for a contract's progress or credits, then it is not found", async () => {
    expect((await desk.otherContractor.get(`/api/contracts/${desk.contractId}/progress`)).status).toBe(404);
    expect((await desk.otherContractor.get(`/api/contracts/${desk.contractId}/credits`)).status).toBe(404);
  });
});

describe('behind-pace alerts', () => {
  it('when an active contract is behind pace with three months to go, then its parties are alerted once', async () => {
    const { client: contractor, contractId } = await contractorWithContract(app, region);
    const deadline = addMonths(today(), 2);
    await ContractModel.updateOne(
      { _id: contractId },
      { $set: { startDate: '2025-01-01', realisationDeadline: deadline } },
    );
    expect(await alertContractsBehindPace()).toBeGreaterThanOrEqual(1);
    expect(await kindsOf(contractor)).toContain('contract_behind_pace: Contract loopt achter');
    expect(await alertContractsBehindPace()).toBe(0);
    const alerts = (await kindsOf(contractor)).filter((k) => k.startsWith('contract_behind_pace'));
    expect(alerts).toHaveLength(1);
  });

  it('when a contract is behind but its deadline is more than three months away, then no alert is sent yet', async () => {
    const { client: contractor, contractId } = await contractorWithContract(app, region);
    await ContractModel.updateOne(
      { _id: contractId },
      { $set: { realisationDeadline: addMonths(today(), 4) } },
    );
    await alertContractsBehindPace();
    expect(await kindsOf(contractor)).not.toContain('contract_behind_pace: Contract loopt achter');
  });
});
