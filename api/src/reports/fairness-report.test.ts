import { openSroiDesk, type SroiDesk } from '../credits/credits.test-support';
import { matchAtInterview, registerIntroducible, trialStart } from '../matches/matches.test-support';
import { openCleaningPlace, registerMatchable } from '../matches/proposals/proposals.test-support';
import { placeFixtures } from '../places/place-fixtures';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
let desk: SroiDesk;
let otherRegionConsultant: ApiClient;
let candidate: ApiClient;
let placeId: string;
const scores: Record<string, number[]> = { status_holder: [], ww: [], banenafspraak: [] };

/** A case from a proposal: the candidate shortlisted or dismissed at `rank` in the list. */
async function actOnProposal(
  placeId: string,
  group: 'status_holder' | 'ww',
  rank: number,
  dismiss: false | 'too_far' | 'skills_mismatch',
) {
  const candidateId = await registerMatchable(
    desk.consultant,
    group === 'status_holder'
      ? { targetGroups: ['status_holder'], supportNeeds: [], birthDate: '1990-05-01' }
      : { targetGroups: ['ww'], benefitType: 'ww', supportNeeds: ['job_coach'], birthDate: '1965-03-01' },
  );
  const res = await desk.consultant.post(`/api/places/${placeId}/matches`, {
    candidateId,
    rank,
    ...(dismiss ? { action: 'dismiss', reason: dismiss } : { action: 'shortlist' }),
  });
  expect(res.status).toBe(201);
  scores[group]!.push(res.body.data.score.score);
}

const mean = (values: number[]) => Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

/**
 * Cases by hand:
 * - status holders (27–49, no support needed): 20 proposals at ranks 1–20, 15 shortlisted, 5 dismissed
 *   (3 too far, 2 skills); and 1 added by hand and walked to a trial. 21 cases, 16 shortlisted.
 * - WW (55+, support needed): 20 proposals at ranks 11–30, 8 shortlisted, 12 dismissed (skills). 20 cases.
 * - banenafspraak (under 27, no support): 3 added by hand, one of them outside the hours. 3 cases.
 * Everyone lives in Arnhem (GM0202).
 */
beforeAll(async () => {
  app = await startTestApp();
  desk = await openSroiDesk(app);
  const fixtures = placeFixtures(app);
  otherRegionConsultant = await fixtures.signInConsultant(await app.createRegion());
  candidate = await fixtures.signInCandidate(desk.region);
  await app.createOrganisation({ kind: 'municipality', name: 'Gemeente Arnhem', municipalityCode: 'GM0202' });
  const place = (await openCleaningPlace(desk.contractor, desk.contractId)).id;
  placeId = place;
  // Ten at a time: the cases do not depend on each other, and one by one takes long on a busy machine.
  for (let batch = 0; batch < 20; batch += 10) {
    await Promise.all(
      Array.from({ length: 10 }, (_, j) => batch + j).flatMap((i) => [
        actOnProposal(place, 'status_holder', i + 1, i < 15 ? false : i < 18 ? 'too_far' : 'skills_mismatch'),
        actOnProposal(place, 'ww', i + 11, i < 8 ? false : 'skills_mismatch'),
      ]),
    );
  }
  for (const hours of [undefined, undefined, { min: 8, max: 12 }]) {
    const candidateId = await registerMatchable(desk.consultant, {
      targetGroups: ['banenafspraak'],
      benefitType: 'wajong',
      birthDate: '2003-01-01',
      ...(hours ? { hoursWanted: hours } : {}),
    });
    const res = await desk.consultant.post(`/api/places/${place}/matches`, {
      candidateId,
      action: 'shortlist',
      source: 'manual',
    });
    expect(res.status).toBe(201);
    scores.banenafspraak!.push(res.body.data.score.score);
  }
  const walked = await registerIntroducible(desk.consultant, {
    targetGroups: ['status_holder'],
    birthDate: '1990-05-01',
  });
  const match = await matchAtInterview(desk, { candidateId: walked });
  const trial = await desk.contractor.post(`/api/matches/${match.id}/trial`, trialStart(match.version));
  expect(trial.status).toBe(200);
  const stored = await desk.consultant.get(`/api/matches/${match.id}`);
  scores.status_holder!.push(stored.body.data.score.score);
}, 180_000);
afterAll(() => app.stop());

type Group = { dimension: string; group: string; label: string | null; cases: number | null } & {
  steps: Array<{
    step: string;
    count: number | null;
    rateBasisPoints: number | null;
    ratioBasisPoints: number | null;
    flagged: boolean;
  }>;
  meanRank: number | null;
  meanScore: number | null;
};
const groupOf = (body: { data: { groups: Group[] } }, dimension: string, group: string) =>
  body.data.groups.find((g) => g.dimension === dimension && g.group === group)!;
const step = (g: Group, name: string) => g.steps.find((s) => s.step === name)!;

describe('fairness report', () => {
  it('when a consultant asks, then each target group shows its funnel, rates and ratio against the best group, flagged below 0.8 with 20 cases each', async () => {
    const res = await desk.consultant.get('/api/reports/fairness');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ cases: 44, thresholdBasisPoints: 8000, minCases: 20 });
    const groups = res.body.data.groups.filter((g: Group) => g.dimension === 'target_group');
    expect(groups.map((g: Group) => [g.group, g.cases])).toEqual([
      ['banenafspraak', 3],
      ['ww', 20],
      ['status_holder', 21],
    ]);
    const holders = groupOf(res.body, 'target_group', 'status_holder');
    expect(holders.steps.map((s) => s.count)).toEqual([21, 16, 1, 1, 0, 0]);
    // 16 of 21 shortlisted: 7619 basis points, the best of the groups with 20 or more cases.
    expect(step(holders, 'shortlisted')).toEqual({
      step: 'shortlisted',
      count: 16,
      rateBasisPoints: 7619,
      ratioBasisPoints: 10_000,
      flagged: false,
    });
    const ww = groupOf(res.body, 'target_group', 'ww');
    // 8 of 20 = 4000; 4000 / 7619 = 0.5250.
    expect(step(ww, 'shortlisted')).toEqual({
      step: 'shortlisted',
      count: 8,
      rateBasisPoints: 4000,
      ratioBasisPoints: 5250,
      flagged: true,
    });
    // Nobody of them introduced while one status holder was: a ratio of 0, flagged.
    expect(step(ww, 'introduced')).toMatchObject({ count: 0, ratioBasisPoints: 0, flagged: true });
    // Nobody hired anywhere: no best rate, so no ratio.
    expect(step(ww, 'hired')).toMatchObject({ ratioBasisPoints: null, flagged: false });
    // Three of three shortlisted is above the best group's rate, but three cases are too few to flag.
    const young = groupOf(res.body, 'target_group', 'banenafspraak');
    expect(step(young, 'shortlisted')).toMatchObject({ rateBasisPoints: 10_000, ratioBasisPoints: 13_125 });
    expect(young.steps.every((s) => !s.flagged)).toBe(true);
  });

  it('when a consultant asks, then age bands, support and municipality are groups too, with mean rank and score', async () => {
    const res = await desk.consultant.get('/api/reports/fairness');
    expect(
      res.body.data.groups
        .filter((g: Group) => g.dimension !== 'target_group')
        .map((g: Group) => [g.dimension, g.group, g.label, g.cases]),
    ).toEqual([
      ['age_band', 'under_27', null, 3],
      ['age_band', '27_to_49', null, 21],
      ['age_band', '55_plus', null, 20],
      ['municipality', 'GM0202', 'Gemeente Arnhem', 44],
      ['support', 'yes', null, 20],
      ['support', 'no', null, 24],
    ]);
    // Support: 8 of 20 against 19 of 24 (7916): 0.5053.
    expect(step(groupOf(res.body, 'support', 'yes'), 'shortlisted')).toMatchObject({
      rateBasisPoints: 4000,
      ratioBasisPoints: 5053,
      flagged: true,
    });
    // One group only: it is its own best.
    expect(step(groupOf(res.body, 'municipality', 'GM0202'), 'shortlisted').ratioBasisPoints).toBe(10_000);
    // Shortlisted, introduced and trial flagged for WW, 55+ and support needed: nine in all.
    expect(res.body.data.flagged).toBe(9);

    const holders = groupOf(res.body, 'target_group', 'status_holder');
    expect(holders.meanRank).toBe(10.5); // ranks 1–20; the hand-added one has none
    expect(holders.meanScore).toBe(mean(scores.status_holder!));
    expect(groupOf(res.body, 'target_group', 'ww').meanRank).toBe(20.5); // ranks 11–30
    expect(groupOf(res.body, 'target_group', 'banenafspraak')).toMatchObject({
      meanRank: null,
      meanScore: mean(scores.banenafspraak!),
    });
  });

  it("when a consultant asks, then the consultants' overrides show dismissals by reason and candidates added by hand", async () => {
    const res = await desk.consultant.get('/api/reports/fairness');
    expect(res.body.data.overrides).toEqual({
      fromProposals: 40,
      dismissed: 17,
      dismissedRateBasisPoints: 4250,
      dismissedByReason: [
        { reason: 'skills_mismatch', count: 14 },
        { reason: 'not_interested', count: 0 },
        { reason: 'not_available', count: 0 },
        { reason: 'too_far', count: 3 },
        { reason: 'hours_mismatch', count: 0 },
        { reason: 'other', count: 0 },
      ],
      addedByHand: 4,
      addedByHandRateBasisPoints: 909,
      overridingConstraints: 1,
    });
  });

  it('when a municipality or an admin asks, then counts below five and what would reveal them are suppressed', async () => {
    for (const client of [desk.municipality, desk.admin]) {
      const res = await client.get('/api/reports/fairness');
      expect(res.status).toBe(200);
      expect(res.body.data.cases).toBe(44);
      expect(groupOf(res.body, 'target_group', 'banenafspraak')).toMatchObject({
        cases: null,
        meanRank: null,
        meanScore: null,
      });
      expect(
        groupOf(res.body, 'target_group', 'banenafspraak').steps.every(
          (s) => s.count === null && s.rateBasisPoints === null && s.ratioBasisPoints === null,
        ),
      ).toBe(true);
      const holders = groupOf(res.body, 'target_group', 'status_holder');
      expect(step(holders, 'shortlisted')).toMatchObject({ count: 16, rateBasisPoints: 7619 });
      expect(step(holders, 'trial')).toMatchObject({
        count: null,
        rateBasisPoints: null,
        ratioBasisPoints: null,
      });
      expect(step(groupOf(res.body, 'target_group', 'ww'), 'shortlisted').flagged).toBe(true);
      expect(res.body.data.overrides).toMatchObject({
        addedByHand: null,
        addedByHandRateBasisPoints: null,
        dismissed: 17,
      });
      expect(res.body.data.overrides.dismissedByReason[3]).toEqual({ reason: 'too_far', count: null });
    }
  });

  it('when the period holds no match, then there are no cases and no groups', async () => {
    const res = await desk.consultant.get('/api/reports/fairness?from=2020-01-01&to=2020-12-31');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      cases: 0,
      groups: [],
      flagged: 0,
      period: { from: '2020-01-01', to: '2020-12-31' },
    });
  });

  it('when a date is not a date or the period ends before it starts, then it is refused naming the field', async () => {
    const bad = await desk.consultant.get('/api/reports/fairness?from=2026-13-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues[0].path).toBe('query.from');
    const reversed = await desk.consultant.get('/api/reports/fairness?from=2026-06-01&to=2026-05-31');
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.details.issues[0].path).toBe('query.to');
  });

  it('when a consultant of another region asks, then none of these cases are in their report', async () => {
    const res = await otherRegionConsultant.get('/api/reports/fairness');
    expect(res.body.data).toMatchObject({ cases: 0, groups: [] });
  });

  it('when a contractor or a candidate asks, then it is refused', async () => {
    expect((await desk.contractor.get('/api/reports/fairness')).status).toBe(403);
    expect((await candidate.get('/api/reports/fairness')).status).toBe(403);
  });

  it('when the tables are downloaded as CSV, then each group and step is a row and suppressed counts are marked', async () => {
    const groups = await desk.consultant.get('/api/reports/fairness?format=csv');
    expect(groups.status).toBe(200);
    expect(groups.headers['content-disposition']).toContain('eerlijkheid-groepen.csv');
    const lines = groups.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'dimensie,groep,naam,gevallen,stap,aantal,aandeel_pct,verhouding_beste_groep,gesignaleerd,gem_rang,gem_score',
    );
    expect(lines).toContain(`target_group,ww,,20,shortlisted,8,40.00,0.5250,ja,20.5,${mean(scores.ww!)}`);
    const overrides = await desk.municipality.get('/api/reports/fairness?format=csv&table=overrides');
    expect(
      overrides.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toEqual([
      'soort,reden,aantal,aandeel_pct',
      'uit_voorstel,,40,',
      'afgewezen,,17,42.50',
      'afgewezen,skills_mismatch,14,',
      'afgewezen,not_interested,<5,',
      'afgewezen,not_available,<5,',
      'afgewezen,too_far,<5,',
      'afgewezen,hours_mismatch,<5,',
      'afgewezen,other,<5,',
      'handmatig_toegevoegd,,<5,',
      'handmatig_harde_eis_overruled,,<5,',
    ]);
  });

  it('when a candidate added by hand is sent with a rank in the proposals, then it is refused naming the field', async () => {
    const res = await desk.consultant.post(`/api/places/${placeId}/matches`, {
      candidateId: '665f1c2ab5c0f1a2b3c4d5e9',
      action: 'shortlist',
      source: 'manual',
      rank: 2,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('body.rank');
  });
});
