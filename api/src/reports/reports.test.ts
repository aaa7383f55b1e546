import { ContractModel } from '../contracts/contracts.model';
import { placeFixtures } from '../places/place-fixtures';
import { matchAtInterview, today, trialStart } from '../matches/matches.test-support';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import {
  openSroiDesk,
  registerParticipatiewetCandidate,
  type SroiDesk,
} from '../credits/credits.test-support';

let app: TestApp;
let region: TestRegion;
let desk: SroiDesk;
let municipality: ApiClient;
let otherMunicipality: ApiClient;
let candidate: ApiClient;
let otherRegionConsultant: ApiClient;
let contractorOrganisationId: string;

/** A default trial from 1 September 2026 for a new candidate in `groups` at a new place of the desk's contract. */
async function placeInTrial(groups: string[]) {
  const candidateId = await registerParticipatiewetCandidate(desk.consultant, groups);
  const match = await matchAtInterview(desk, { candidateId });
  const trial = await desk.contractor.post(
    `/api/matches/${match.id}/trial`,
    trialStart(match.version, { startDate: '2026-09-01' }),
  );
  expect(trial.status).toBe(200);
}

beforeAll(async () => {
  app = await startTestApp();
  desk = await openSroiDesk(app);
  ({ region, municipality, contractorOrganisationId } = desk);
  const fixtures = placeFixtures(app);
  otherMunicipality = await app.signIn(
    await app.createUser({ role: 'municipality', organisationId: region.municipalityIds[1] }),
  );
  candidate = await fixtures.signInCandidate(region);
  otherRegionConsultant = await fixtures.signInConsultant(await app.createRegion());
  // Six people in trial: five status holders on Participatiewet, one in the job-agreement register.
  for (let i = 0; i < 5; i++) await placeInTrial(['participatiewet', 'status_holder']);
  await placeInTrial(['banenafspraak']);
});
afterAll(() => app.stop());

// 1 September to 31 October: two calendar months at €750, per person.
const TRIAL_CENTS = 150_000;

describe('summary report', () => {
  it('when a consultant asks, then the region shows obligation, realised credit and exact counts per target group', async () => {
    const res = await desk.consultant.get('/api/reports/summary');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      scope: { kind: 'region', id: region.regionId },
      contracts: 2,
      obligationCents: 25_000_000,
      realisedCents: 6 * TRIAL_CENTS,
      peoplePlaced: 6,
      bySource: [{ kind: 'job', count: 6, cents: 6 * TRIAL_CENTS }],
      socialPurchases: { count: 0, invoiceCents: 0, creditCents: 0, enterprises: 0 },
    });
    expect(res.body.data.byTargetGroup).toEqual([
      { targetGroup: 'participatiewet', people: 5 },
      { targetGroup: 'banenafspraak', people: 1 },
      { targetGroup: 'status_holder', people: 5 },
    ]);
    expect(res.body.data.series.at(-1)).toEqual({ date: today(), realisedCents: 6 * TRIAL_CENTS });
  });

  it('when a municipality asks, then it sees its own contracts with groups of fewer than five people suppressed', async () => {
    const res = await municipality.get('/api/reports/summary');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      scope: { kind: 'municipality', id: region.municipalityIds[0] },
      contracts: 2,
      peoplePlaced: 6,
    });
    expect(res.body.data.byTargetGroup).toEqual([
      { targetGroup: 'participatiewet', people: 5 },
      { targetGroup: 'banenafspraak', people: null },
      { targetGroup: 'status_holder', people: 5 },
    ]);
  });

  it('when the contractor asks, then it sees its own contract and no figures per target group', async () => {
    const res = await desk.contractor.get('/api/reports/summary');
    expect(res.body.data).toMatchObject({
      scope: { kind: 'contractor', id: contractorOrganisationId },
      contracts: 1,
    });
    expect(res.body.data.byTargetGroup).toEqual([]);
  });

  it('when a municipality without contracts asks, then every count is zero and people are suppressed', async () => {
    const res = await otherMunicipality.get('/api/reports/summary');
    expect(res.body.data).toMatchObject({
      contracts: 0,
      obligationCents: 0,
      realisedCents: 0,
      peoplePlaced: null,
    });
  });

  it('when anyone asks for a scope outside their own, then it is refused with the field at fault', async () => {
    const cases: Array<[ApiClient, string, string]> = [
      [municipality, `municipalityId=${region.municipalityIds[1]}`, 'query.municipalityId'],
      [desk.otherContractor, `contractorId=${contractorOrganisationId}`, 'query.contractorId'],
      [otherRegionConsultant, `regionId=${region.regionId}`, 'query.regionId'],
    ];
    for (const [client, query, path] of cases) {
      const res = await client.get(`/api/reports/summary?${query}`);
      expect(res.status).toBe(403);
      expect(res.body.error.details.issues[0].path).toBe(path);
    }
  });

  it("when a consultant of another region asks for the region's figures, then they only see their own (empty) region", async () => {
    const res = await otherRegionConsultant.get('/api/reports/summary');
    expect(res.body.data).toMatchObject({ contracts: 0, realisedCents: 0 });
  });

  it('when a candidate asks for any report, then it is refused', async () => {
    for (const path of ['summary', 'funnel', 'contracts']) {
      expect((await candidate.get(`/api/reports/${path}`)).status).toBe(403);
    }
  });

  it('when a table is downloaded as CSV, then it is a CSV file with suppressed cells marked', async () => {
    const res = await municipality.get('/api/reports/summary?format=csv&table=target_groups');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toContain('sroi-municipality-target_groups.csv');
    expect(
      res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toEqual(['doelgroep,personen', 'participatiewet,5', 'banenafspraak,<5', 'status_holder,5']);
  });
});

describe('funnel report', () => {
  it('when a consultant asks, then each step counts the people who got that far, with conversions', async () => {
    const res = await desk.consultant.get('/api/reports/funnel');
    expect(res.status).toBe(200);
    expect(res.body.data.steps).toEqual([
      { step: 'proposed', people: 6, conversionBasisPoints: null },
      { step: 'introduced', people: 6, conversionBasisPoints: 10_000 },
      { step: 'trial', people: 6, conversionBasisPoints: 10_000 },
      { step: 'hired', people: 0, conversionBasisPoints: 0 },
      { step: 'durable', people: 0, conversionBasisPoints: null },
    ]);
  });

  it('when a municipality asks, then steps with fewer than five people are suppressed', async () => {
    const res = await municipality.get('/api/reports/funnel');
    expect(res.body.data.steps.map((s: { people: number | null }) => s.people)).toEqual([
      6,
      6,
      6,
      null,
      null,
    ]);
  });

  it('when the period ends before any match began, then the funnel is empty', async () => {
    const res = await desk.consultant.get('/api/reports/funnel?to=2020-01-01');
    expect(res.body.data.steps[0]).toEqual({ step: 'proposed', people: 0, conversionBasisPoints: null });
  });

  it('when the funnel is downloaded as CSV, then conversions are percentages', async () => {
    const res = await desk.consultant.get('/api/reports/funnel?format=csv');
    expect(
      res.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n')
        .slice(0, 3),
    ).toEqual(['stap,personen,conversie_pct', 'proposed,6,', 'introduced,6,100.00']);
  });
});

describe('isolation of every report', () => {
  it("when someone outside a contract's scope asks for any report, then none of its figures appear", async () => {
    const otherContractorRows = await desk.otherContractor.get('/api/reports/contracts');
    expect(otherContractorRows.body.data.map((r: { contractId: string }) => r.contractId)).not.toContain(
      desk.contractId,
    );
    for (const client of [desk.otherContractor, otherMunicipality, otherRegionConsultant]) {
      const summary = await client.get('/api/reports/summary');
      expect(summary.body.data.realisedCents).toBe(0);
      const funnel = await client.get('/api/reports/funnel');
      const people = funnel.body.data.steps.map((s: { people: number | null }) => s.people ?? 0);
      expect(people).toEqual([0, 0, 0, 0, 0]);
      const rows = await client.get('/api/reports/contracts');
      expect(rows.body.data.map((r: { contractId: string }) => r.contractId)).not.toContain(desk.contractId);
    }
  });
});

describe('contract report', () => {
  it('when a consultant asks, then each contract of the region has its figures, soonest deadline first, paginated', async () => {
    const res = await desk.consultant.get('/api/reports/contracts?limit=1');
    expect(res.status).toBe(200);
    expect(res.body.page).toMatchObject({ page: 1, limit: 1, total: 2, pages: 2 });
    expect(res.body.data).toHaveLength(1);
  });

  it('when the contractor asks, then only its own contract appears, with realised credit and forecast', async () => {
    const res = await desk.contractor.get('/api/reports/contracts');
    expect(res.body.data).toEqual([
      expect.objectContaining({
        contractId: desk.contractId,
        obligationCents: 12_500_000,
        realisedCents: 6 * TRIAL_CENTS,
        forecast: expect.stringMatching(/on_track|behind/),
      }),
    ]);
  });

  it('when exported as CSV, then amounts are euros with a decimal point and a formula-like title is neutralised', async () => {
    await ContractModel.updateOne({ _id: desk.contractId }, { $set: { title: '=HYPERLINK("http://x")' } });
    const res = await desk.contractor.get('/api/reports/contracts?format=csv');
    const [header, row] = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toBe(
      'kenmerk,titel,gemeente,opdrachtnemer,status,verplichting_eur,gerealiseerd_eur,realisatie_pct,pijplijn_eur,deadline,prognose',
    );
    expect(row).toContain(`,"'=HYPERLINK(""http://x"")",`);
    expect(row).toContain(',125000.00,');
    expect(row).toContain(
      `,${Math.floor((6 * TRIAL_CENTS) / 100)}.${String((6 * TRIAL_CENTS) % 100).padStart(2, '0')},`,
    );
  });
});
