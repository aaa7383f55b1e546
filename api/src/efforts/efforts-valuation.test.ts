import { contractorWithContract } from '../matches/proposals/proposals.test-support';
import { placeFixtures } from '../places/place-fixtures';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { presetValues } from '../valuation/rule-set-presets';
import { EffortModel } from './efforts.model';

/**
 * PRODUCT.md "How the table applies": a dash in a preset means no value, and such an effort is refused
 * with a message saying the region's rule set does not value it, until an admin adds a value.
 */

let app: TestApp;
let region: TestRegion;
let admin: ApiClient;
let consultant: ApiClient;
let contractor: ApiClient;
let contractId: string;
let enterpriseId: string;

beforeAll(async () => {
  app = await startTestApp();
  region = await app.createRegion();
  consultant = await placeFixtures(app).signInConsultant(region);
  ({ client: contractor, contractId } = await contractorWithContract(app, region));
  enterpriseId = await app.createOrganisation({
    kind: 'social_enterprise',
    name: 'Werkbedrijf Rijnstad',
    regionIds: [region.regionId],
  } as never);
  admin = await app.signIn(await app.createUser({ role: 'admin', organisationId: region.servicePointId }));
});
afterAll(() => app.stop());

const effort = (kind: string, overrides: Record<string, unknown> = {}) => ({
  contractId,
  kind,
  description: 'Inspanning voor de opdracht',
  date: '2026-09-15',
  evidence: 'Factuur en verslag in het dossier',
  ...(kind === 'volunteering' ? { hours: 10 } : { amountCents: 500_000 }),
  ...(kind === 'social_purchase' ? { socialEnterpriseId: enterpriseId } : {}),
  ...overrides,
});

const issues = (res: { body: { error: { details: { issues: Array<{ path: string; code: string }> } } } }) =>
  res.body.error.details.issues.map(({ path, code }) => ({ path, code }));

function addVersion(name: string, effectiveFrom: string, values: object) {
  return admin.post('/api/rule-sets', { regionId: region.regionId, name, effectiveFrom, values });
}

describe('efforts the region values', () => {
  it('when the region has no rule set in force on the date, then the effort is refused naming the date', async () => {
    const before = await EffortModel.countDocuments();
    const res = await contractor.post('/api/efforts', effort('practical_support'));
    expect(res.status).toBe(422);
    expect(issues(res)).toEqual([{ path: 'body.date', code: 'not_valued' }]);
    expect(await EffortModel.countDocuments()).toBe(before);
  });

  it('when Oost-Nederland has a dash for purchases and volunteering, then those are refused with that reason and support is taken', async () => {
    expect(
      (await addVersion('Bouwblokken Oost-Nederland', '2024-01-01', presetValues('oost_nederland'))).status,
    ).toBe(201);
    for (const kind of ['social_purchase', 'volunteering']) {
      const res = await contractor.post('/api/efforts', effort(kind));
      expect(res.status).toBe(422);
      expect(issues(res)).toEqual([{ path: 'body.kind', code: 'not_valued' }]);
      expect(res.body.error.message).toMatch(
        /Bouwblokken Oost-Nederland, version 1\) gives this kind of effort no value/,
      );
    }
    expect((await contractor.post('/api/efforts', effort('practical_support'))).status).toBe(201);
  });

  it('when an admin adds a version that values volunteering, then volunteering is taken and counts once accepted', async () => {
    const values = { ...presetValues('oost_nederland'), volunteeringHourCents: 2_500 };
    expect((await addVersion('Oost-Nederland met vrijwilligerswerk', '2026-01-01', values)).status).toBe(201);
    const submitted = await contractor.post('/api/efforts', effort('volunteering', { hours: 12 }));
    expect(submitted.status).toBe(201);
    const accepted = await consultant.post(`/api/efforts/${submitted.body.data.id}/accept`, {
      version: submitted.body.data.version,
      note: 'Urenregistratie klopt',
    });
    expect(accepted.status).toBe(200);
    // 12 hours × €25
    expect(accepted.body.data.creditCents).toBe(30_000);
  });

  it('when the value was taken away before the decision, then accepting is refused and the effort stays submitted', async () => {
    const submitted = await contractor.post('/api/efforts', effort('volunteering', { date: '2026-10-01' }));
    expect(submitted.status).toBe(201);
    expect(
      (await addVersion('Zonder vrijwilligerswerk', '2026-09-20', presetValues('oost_nederland'))).status,
    ).toBe(201);
    const res = await consultant.post(`/api/efforts/${submitted.body.data.id}/accept`, {
      version: submitted.body.data.version,
      note: 'Akkoord',
    });
    expect(res.status).toBe(422);
    expect(issues(res)).toEqual([{ path: 'body.kind', code: 'not_valued' }]);
    expect((await EffortModel.findById(submitted.body.data.id).lean())?.status).toBe('submitted');
  });
});
