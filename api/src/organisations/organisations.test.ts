import { OrganisationModel } from './organisations.model';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
let admin: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  region = await app.createRegion();
  consultant = await app.signIn(
    await app.createUser({ role: 'consultant', organisationId: region.servicePointId }),
  );
  admin = await app.signIn(await app.createUser({ role: 'admin' }));
});
afterAll(() => app.stop());

let kvk = 30_000_000;
const contractorInput = (overrides: Record<string, unknown> = {}) => ({
  kind: 'contractor',
  name: `Schoonmaakbedrijf ${kvk}`,
  kvkNumber: String((kvk += 1)),
  address: { street: 'Velperweg', houseNumber: '10', postcode: '6824bm', city: 'Arnhem' },
  ...overrides,
});

describe('registering organisations', () => {
  it('when a consultant registers a contractor, then it is geocoded and placed in their region', async () => {
    const res = await consultant.post('/api/organisations', contractorInput());
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      kind: 'contractor',
      regionIds: [region.regionId],
      address: { postcode: '6824 BM', municipalityCode: 'GM0202', location: { lat: expect.any(Number) } },
      displacement: null,
      version: 0,
    });
    const stored = await OrganisationModel.findById(res.body.data.id).lean();
    expect(stored!.address!.postcode).toBe('6824 BM');
  });

  it.each([
    [{ kvkNumber: '1234567' }, 'body.kvkNumber'],
    [{ kvkNumber: undefined }, 'body.kvkNumber'],
    [{ municipalityCode: 'GM0202' }, 'body.municipalityCode'],
    [{ kind: 'municipality', kvkNumber: undefined, municipalityCode: 'XX0202' }, 'body.municipalityCode'],
    [{ address: { postcode: '68 AB' } }, 'body.address.postcode'],
    [{ name: '' }, 'body.name'],
  ])('when the input is %j, then 400 naming %s', async (overrides, path) => {
    const res = await admin.post('/api/organisations', contractorInput(overrides));
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('when the postcode is valid but unknown, then 422 naming the postcode and nothing is stored', async () => {
    const before = await OrganisationModel.countDocuments();
    const res = await admin.post('/api/organisations', contractorInput({ address: { postcode: '1011 AB' } }));
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0]).toMatchObject({
      path: 'body.address.postcode',
      code: 'unknown_postcode',
    });
    expect(await OrganisationModel.countDocuments()).toBe(before);
  });

  it('when the KvK number is already registered, then 409 naming kvkNumber', async () => {
    const first = await admin.post('/api/organisations', contractorInput());
    const again = await admin.post(
      '/api/organisations',
      contractorInput({ kvkNumber: first.body.data.kvkNumber }),
    );
    expect(again.status).toBe(409);
    expect(again.body.error.details.fields).toEqual(['kvkNumber']);
  });

  it('when a consultant tries to register a municipality, then 403', async () => {
    const res = await consultant.post('/api/organisations', {
      kind: 'municipality',
      name: 'Gemeente Nergens',
      municipalityCode: 'GM9990',
    });
    expect(res.status).toBe(403);
  });
});

describe('seeing and changing organisations', () => {
  it('when a consultant lists organisations, then only their region’s appear', async () => {
    const other = await app.createRegion();
    await admin.post('/api/organisations', contractorInput({ regionIds: [other.regionId] }));
    const mine = await consultant.post('/api/organisations', contractorInput());
    const res = await consultant.get('/api/organisations?limit=100');
    const ids = res.body.data.map((o: { id: string }) => o.id);
    expect(ids).toContain(mine.body.data.id);
    expect(ids).toContain(region.servicePointId);
    expect(ids).toEqual(expect.arrayContaining(region.municipalityIds));
    expect(ids).not.toContain(other.servicePointId);
    for (const org of res.body.data) {
      if (org.kind === 'contractor') expect(org.regionIds).toContain(region.regionId);
    }
  });

  it('when a consultant opens an organisation of another region, then 404', async () => {
    const other = await app.createRegion();
    const res = await consultant.get(`/api/organisations/${other.servicePointId}`);
    expect(res.status).toBe(404);
  });

  it('when a contractor lists organisations, then only their own comes back', async () => {
    const contractor = await app.createUser({ role: 'contractor' });
    const client = await app.signIn(contractor);
    const res = await client.get('/api/organisations');
    expect(res.body.data.map((o: { id: string }) => o.id)).toEqual([contractor.organisationId]);
  });

  it('when two saves race on the same version, then the second gets 409 and the first stays', async () => {
    const created = await consultant.post('/api/organisations', contractorInput());
    const id = created.body.data.id;
    expect(
      (await consultant.patch(`/api/organisations/${id}`, { version: 0, name: 'Nieuwe naam' })).status,
    ).toBe(200);
    const stale = await consultant.patch(`/api/organisations/${id}`, { version: 0, name: 'Andere naam' });
    expect(stale.status).toBe(409);
    expect((await consultant.get(`/api/organisations/${id}`)).body.data.name).toBe('Nieuwe naam');
  });

  it('when a consultant flags and clears displacement, then the flag records who and when', async () => {
    const created = await consultant.post('/api/organisations', contractorInput());
    const id = created.body.data.id;
    const flagged = await consultant.put(`/api/organisations/${id}/displacement`, {
      version: 0,
      date: '2026-09-01',
      note: 'Collectief ontslag van 12 schoonmakers',
    });
    expect(flagged.status).toBe(200);
    expect(flagged.body.data.displacement).toMatchObject({ date: '2026-09-01', setBy: expect.any(String) });
    expect(
      (await consultant.get('/api/organisations?displaced=true')).body.data.map((o: { id: string }) => o.id),
    ).toContain(id);
    const cleared = await consultant.delete(`/api/organisations/${id}/displacement`, { version: 1 });
    expect(cleared.body.data.displacement).toBeNull();
  });

  it('when displacement is flagged on a municipality, then 403', async () => {
    const res = await consultant.put(`/api/organisations/${region.municipalityIds[0]}/displacement`, {
      version: 0,
      date: '2026-09-01',
      note: 'niet van toepassing',
    });
    expect(res.status).toBe(403);
  });

  it('when an organisation still has users, then it cannot be deleted; without, it can', async () => {
    const used = await app.createOrganisation({ kind: 'contractor' });
    await app.createUser({ role: 'contractor', organisationId: used });
    expect((await admin.delete(`/api/organisations/${used}`)).status).toBe(409);
    const unused = await app.createOrganisation({ kind: 'contractor' });
    expect((await admin.delete(`/api/organisations/${unused}`)).status).toBe(200);
    expect(await OrganisationModel.exists({ _id: unused })).toBeNull();
  });
});

describe('regions', () => {
  it('when an admin creates a region, then it lists its service point and municipalities', async () => {
    const servicePointId = await app.createOrganisation({ kind: 'service_point' });
    const municipalityId = await app.createOrganisation({ kind: 'municipality' });
    const res = await admin.post('/api/regions', {
      name: 'Achterhoek',
      servicePointId,
      municipalityIds: [municipalityId],
    });
    expect(res.status).toBe(201);
    expect(res.body.data.servicePoint.id).toBe(servicePointId);
    expect(res.body.data.municipalities.map((m: { id: string }) => m.id)).toEqual([municipalityId]);
  });

  it('when a municipality already belongs to a region, then 409', async () => {
    const servicePointId = await app.createOrganisation({ kind: 'service_point' });
    const res = await admin.post('/api/regions', {
      name: 'Dubbel',
      servicePointId,
      municipalityIds: region.municipalityIds,
    });
    expect(res.status).toBe(409);
  });

  it('when a member is not a municipality, then 422 naming municipalityIds', async () => {
    const servicePointId = await app.createOrganisation({ kind: 'service_point' });
    const contractorId = await app.createOrganisation({ kind: 'contractor' });
    const res = await admin.post('/api/regions', {
      name: 'Fout',
      servicePointId,
      municipalityIds: [contractorId],
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0].path).toBe('body.municipalityIds');
  });

  it('when a consultant lists regions, then only their own', async () => {
    const res = await consultant.get('/api/regions');
    expect(res.body.data.map((r: { id: string }) => r.id)).toEqual([region.regionId]);
  });
});
