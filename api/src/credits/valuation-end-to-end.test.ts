import { openCleaningPlace } from '../matches/proposals/proposals.test-support';
import { matchAtInterview, registerIntroducible, trialStart } from '../matches/matches.test-support';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { openSroiDesk, type SroiDesk } from './credits.test-support';

/**
 * Issue 17.7: cases from PRODUCT.md's tables end to end through the API — candidate, place, match,
 * trial, hire — then the contract's credits and progress. Each figure is worked out by hand from the
 * published table in the comment beside it. Dates lie in the past, so the figures hold on any day.
 */

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

async function creditOf(desk: SroiDesk, matchId: string) {
  const res = await desk.consultant.get(`/api/contracts/${desk.contractId}/credits?limit=100`);
  return (
    res.body.data as Array<{
      matchId: string;
      amountCents: number;
      lines: Array<{ block: string; cents: number }>;
    }>
  ).find((credit) => credit.matchId === matchId)!;
}

const realised = async (client: ApiClient, desk: SroiDesk) =>
  (await client.get(`/api/contracts/${desk.contractId}/progress`)).body.data.realisedCents as number;

async function hire(
  desk: SroiDesk,
  candidate: Record<string, unknown>,
  steps: { placeKind?: string; trialStart: string; employment: Record<string, unknown>; endedOn?: string },
) {
  const candidateId = await registerIntroducible(desk.consultant, candidate as never);
  const placeId = steps.placeKind
    ? (
        await openCleaningPlace(desk.contractor, desk.contractId, {
          kind: steps.placeKind,
          title: 'Leerwerkplek schoonmaak',
        })
      ).id
    : undefined;
  const match = await matchAtInterview(desk, { candidateId, placeId });
  const trial = await desk.contractor.post(
    `/api/matches/${match.id}/trial`,
    trialStart(match.version, { startDate: steps.trialStart }),
  );
  expect(trial.status).toBe(200);
  const hired = await desk.contractor.post(`/api/matches/${match.id}/trial/outcome`, {
    outcome: 'hired',
    version: trial.body.data.version,
    employment: steps.employment,
  });
  expect(hired.status).toBe(200);
  if (steps.endedOn) {
    const ended = await desk.consultant.post(`/api/matches/${match.id}/employment/end`, {
      version: hired.body.data.version,
      endDate: steps.endedOn,
      reason: 'Project afgerond',
    });
    expect(ended.status).toBe(200);
  }
  return match.id;
}

describe('valued end to end as the published tables say', () => {
  it('Oost-Nederland: a status holder on Participatiewet, tagged only as status holder, after a default trial', async () => {
    const desk = await openSroiDesk(app, 'oost_nederland');
    const before = await realised(desk.contractor, desk);
    const matchId = await hire(
      desk,
      { targetGroups: ['status_holder'], benefitType: 'participatiewet', benefitSince: '2025-06-01' },
      {
        trialStart: '2026-09-01',
        employment: {
          startDate: '2026-11-01',
          contractType: 'temporary',
          hoursPerWeek: 36,
          plannedEnd: '2026-11-30',
        },
      },
    );
    const credit = await creditOf(desk, matchId);
    // Trial 1 Sep–31 Oct: two calendar months × €750 = €1,500.
    // Participatiewet < 2 y: €30,000 × 36/36 × 30/365 (1–30 Nov) = €2,465.75. Oost-Nederland has no bonuses.
    expect(credit.lines).toEqual([
      expect.objectContaining({ block: 'trial', cents: 150_000 }),
      expect.objectContaining({ block: 'employment', cents: 246_575 }),
    ]);
    expect(credit.amountCents).toBe(396_575);
    expect((await realised(desk.contractor, desk)) - before).toBe(396_575);
  });

  it('Haaglanden: a BBL apprenticeship at level 2 after a trial, which Haaglanden does not value', async () => {
    const desk = await openSroiDesk(app, 'haaglanden');
    const matchId = await hire(
      desk,
      { targetGroups: ['nug'], benefitType: 'none' },
      {
        placeKind: 'apprenticeship',
        trialStart: '2026-07-01',
        employment: {
          startDate: '2026-09-01',
          contractType: 'bbl',
          mboLevel: 2,
          hoursPerWeek: 24,
          plannedEnd: '2026-11-30',
        },
      },
    );
    const credit = await creditOf(desk, matchId);
    // Trial: a dash in Haaglanden, nothing. BBL ≤ level 2: €25,000 a placement year × 91/365 (1 Sep–30 Nov),
    // whatever the hours = €6,232.87.
    expect(credit.lines).toEqual([expect.objectContaining({ block: 'apprenticeship', cents: 623_287 })]);
    expect(credit.amountCents).toBe(623_287);
    expect(await realised(desk.consultant, desk)).toBe(623_287);
  });

  it('Utrecht: a 56-year-old without benefit on a permanent contract, part time, ended early', async () => {
    const desk = await openSroiDesk(app, 'utrecht');
    const matchId = await hire(
      desk,
      { targetGroups: ['nug'], benefitType: 'none', birthDate: '1970-03-01' },
      {
        trialStart: '2026-08-01',
        employment: {
          startDate: '2026-10-01',
          contractType: 'permanent',
          hoursPerWeek: 20,
          plannedEnd: null,
        },
        endedOn: '2026-11-30',
      },
    );
    const credit = await creditOf(desk, matchId);
    // Trial: a dash in Utrecht. NUG €10,000 × 20/36 × 61/365 (1 Oct–30 Nov) = €928.46,
    // plus the 50+ bonus €10,000 and the permanent-contract bonus €10,000.
    expect(credit.lines).toEqual([
      expect.objectContaining({ block: 'employment', cents: 92_846 }),
      expect.objectContaining({ block: 'bonus', cents: 1_000_000 }),
      expect.objectContaining({ block: 'bonus', cents: 1_000_000 }),
    ]);
    expect(credit.amountCents).toBe(2_092_846);
  });

  it('when a trial runs at a BBL place, then its months are realised and the apprenticeship year is pipeline, never both', async () => {
    const desk = await openSroiDesk(app, 'oost_nederland');
    const place = await openCleaningPlace(desk.contractor, desk.contractId, {
      kind: 'apprenticeship',
      title: 'Leerwerkplek',
    });
    const match = await matchAtInterview(desk, { placeId: place.id });
    const before = (await desk.consultant.get(`/api/contracts/${desk.contractId}/progress`)).body.data;
    const trial = await desk.contractor.post(
      `/api/matches/${match.id}/trial`,
      trialStart(match.version, { startDate: '2026-11-01' }),
    );
    expect(trial.status).toBe(200);
    const after = (await desk.consultant.get(`/api/contracts/${desk.contractId}/progress`)).body.data;
    // The trial counts €750 a month, two months at most: never the apprenticeship's €20,000.
    expect(after.realisedCents - before.realisedCents).toBeGreaterThan(0);
    expect(after.realisedCents - before.realisedCents).toBeLessThanOrEqual(150_000);
    // The BBL year that follows (level 1–2, €20,000) is expected, in the pipeline, once.
    expect(after.pipelineCents).toBe(2_000_000);
    expect(after.pipelineMatches).toBe(1);
  });

  it('when a BBL hire names no MBO level, then it is refused at the field and the trial runs on', async () => {
    const desk = await openSroiDesk(app, 'oost_nederland');
    const match = await matchAtInterview(desk);
    const trial = await desk.contractor.post(
      `/api/matches/${match.id}/trial`,
      trialStart(match.version, { startDate: '2026-09-01' }),
    );
    const res = await desk.contractor.post(`/api/matches/${match.id}/trial/outcome`, {
      outcome: 'hired',
      version: trial.body.data.version,
      employment: {
        startDate: '2026-11-01',
        contractType: 'bbl',
        hoursPerWeek: 32,
        plannedEnd: '2027-10-31',
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((issue: { path: string }) => issue.path)).toEqual([
      'body.employment.mboLevel',
    ]);
    expect((await desk.consultant.get(`/api/matches/${match.id}`)).body.data.stage).toBe('trial');
  });
});
