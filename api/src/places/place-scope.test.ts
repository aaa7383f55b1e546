import { buildPlaceInput } from '@kansplek/seed';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { createPlaceIn, placeFixtures } from './place-fixtures';
import { PlaceModel } from './places.model';

let app: TestApp;
let regionA: TestRegion;
let regionB: TestRegion;
let contractorA1: { organisationId: string; client: ApiClient };
let contractorA2: { organisationId: string; client: ApiClient };
let contractorB1: { organisationId: string; client: ApiClient };
const places = {} as Record<'a1Draft' | 'a1Open' | 'a1Paused' | 'a1Closed' | 'a2Open' | 'b1Open', string>;

beforeAll(async () => {
  app = await startTestApp();
  const fixtures = placeFixtures(app);
  regionA = await app.createRegion();
  regionB = await app.createRegion();
  contractorA1 = await fixtures.signInContractor(regionA);
  contractorA2 = await fixtures.signInContractor(regionA);
  contractorB1 = await fixtures.signInContractor(regionB);
  const contractId = await fixtures.createContract(contractorA1.organisationId, regionA);
  places.a1Draft = (await createPlaceIn(contractorA1.client, 'draft')).id;
  places.a1Open = (await createPlaceIn(contractorA1.client, 'open', { contractId })).id;
  places.a1Paused = (await createPlaceIn(contractorA1.client, 'paused')).id;
  places.a1Closed = (await createPlaceIn(contractorA1.client, 'closed')).id;
  places.a2Open = (await createPlaceIn(contractorA2.client, 'open')).id;
  places.b1Open = (await createPlaceIn(contractorB1.client, 'open')).id;
});
afterAll(() => app.stop());

const listIds = async (client: ApiClient, search = '') =>
  ((await client.get(`/api/places?limit=100${search}`)).body.data as Array<{ id: string }>)
    .map((p) => p.id)
    .sort();

describe('contractors see and change only their own places', () => {
  it('when a contractor lists places, then only their organisation’s come back, in every status', async () => {
    expect(await listIds(contractorA1.client)).toEqual(
      [places.a1Draft, places.a1Open, places.a1Paused, places.a1Closed].sort(),
    );
  });

  it('when a contractor filters on another contractor, then nothing comes back', async () => {
    expect(await listIds(contractorA1.client, `&contractorId=${contractorA2.organisationId}`)).toEqual([]);
  });

  it('when a contractor reads, changes or moves another contractor’s place by id, then 404 and it is unchanged', async () => {
    const id = places.a2Open;
    const before = await PlaceModel.findById(id).lean();
    expect((await contractorA1.client.get(`/api/places/${id}`)).status).toBe(404);
    expect(
      (
        await contractorA1.client.patch(`/api/places/${id}`, {
          version: before!.version,
          title: 'Overgenomen',
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await contractorA1.client.post(`/api/places/${id}/transitions`, {
          to: 'closed',
          version: before!.version,
        })
      ).status,
    ).toBe(404);
    expect(await PlaceModel.findById(id).lean()).toMatchObject({
      title: before!.title,
      status: 'open',
      version: before!.version,
    });
  });
});

describe('consultants see the places of contractors in their region', () => {
  it('when a consultant lists places, then those of every contractor in the region, not of other regions', async () => {
    const consultant = await placeFixtures(app).signInConsultant(regionA);
    const ids = await listIds(consultant);
    expect(ids).toEqual(
      [places.a1Draft, places.a1Open, places.a1Paused, places.a1Closed, places.a2Open].sort(),
    );
    expect(await listIds(consultant, `&contractorId=${contractorA2.organisationId}`)).toEqual([
      places.a2Open,
    ]);
  });

  it('when a consultant of another region opens, changes or moves a place, then 404', async () => {
    const consultantB = await placeFixtures(app).signInConsultant(regionB);
    const id = places.a1Draft;
    expect((await consultantB.get(`/api/places/${id}`)).status).toBe(404);
    expect(
      (await consultantB.patch(`/api/places/${id}`, { version: 0, title: 'Van een ander' })).status,
    ).toBe(404);
    expect(
      (await consultantB.post(`/api/places/${id}/transitions`, { to: 'closed', version: 0 })).status,
    ).toBe(404);
    expect((await PlaceModel.findById(id).lean())!.status).toBe('draft');
  });

  it('when a consultant’s service point serves no region, then they see no places and cannot offer one', async () => {
    const servicePointId = await app.createOrganisation({ kind: 'service_point' });
    const lonely = await app.signIn(
      await app.createUser({ role: 'consultant', organisationId: servicePointId }),
    );
    expect(await listIds(lonely)).toEqual([]);
    const res = await lonely.post(
      '/api/places',
      buildPlaceInput({ contractorId: contractorA1.organisationId }),
    );
    expect(res.status).toBe(422);
  });
});

describe('candidates see open places of their region, without administration', () => {
  it('when a candidate lists places, then only open places of their region come back', async () => {
    const candidate = await placeFixtures(app).signInCandidate(regionA);
    expect(await listIds(candidate)).toEqual([places.a1Open, places.a2Open].sort());
    expect(await listIds(candidate, '&status=draft')).toEqual([]);
  });

  it('when a candidate opens a place that is not open or of another region, then 404', async () => {
    const candidate = await placeFixtures(app).signInCandidate(regionA);
    for (const id of [places.a1Draft, places.a1Paused, places.a1Closed, places.b1Open]) {
      expect([id, (await candidate.get(`/api/places/${id}`)).status]).toEqual([id, 404]);
    }
  });

  it('when a candidate reads an open place, then the offer and employer come back and nothing internal', async () => {
    const candidate = await placeFixtures(app).signInCandidate(regionA);
    const res = await candidate.get(`/api/places/${places.a1Open}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id: places.a1Open,
      status: 'open',
      employer: { name: expect.any(String) },
    });
    expect(Object.keys(res.body.data).sort()).toEqual(
      [
        'id',
        'kind',
        'title',
        'description',
        'occupation',
        'sector',
        'requiredSkills',
        'desirableSkills',
        'hours',
        'startDate',
        'durationMonths',
        'positions',
        'requirements',
        'support',
        'status',
        'employer',
        'location',
      ].sort(),
    );
    expect(Object.keys(res.body.data.location).sort()).toEqual(['city', 'location', 'postcode']);
    const listed = (await candidate.get('/api/places')).body.data[0];
    for (const internal of ['contract', 'contractor', 'createdBy', 'history', 'version', 'regionId'])
      expect(listed).not.toHaveProperty(internal);
  });

  it('when an open place is paused, then candidates no longer see it', async () => {
    const candidate = await placeFixtures(app).signInCandidate(regionA);
    const { id, version } = await createPlaceIn(contractorA2.client, 'open');
    expect((await candidate.get(`/api/places/${id}`)).status).toBe(200);
    await contractorA2.client.post(`/api/places/${id}/transitions`, { to: 'paused', version });
    expect((await candidate.get(`/api/places/${id}`)).status).toBe(404);
  });

  it('when a candidate or municipality tries to write, or a municipality to read, then 403', async () => {
    const candidate = await placeFixtures(app).signInCandidate(regionA);
    expect((await candidate.post('/api/places', buildPlaceInput())).status).toBe(403);
    const municipality = await app.signIn(
      await app.createUser({ role: 'municipality', organisationId: regionA.municipalityIds[0] }),
    );
    expect((await municipality.get('/api/places')).status).toBe(403);
  });
});
