import { buildPlaceInput } from '@kansplek/seed';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { createPlaceIn, issuePaths, placeFixtures } from './place-fixtures';
import { PlaceModel } from './places.model';

let app: TestApp;
let region: TestRegion;
let contractor: { organisationId: string; client: ApiClient };
let consultant: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  const fixtures = placeFixtures(app);
  region = await app.createRegion();
  contractor = await fixtures.signInContractor(region);
  consultant = await fixtures.signInConsultant(region);
});
afterAll(() => app.stop());

const ids = (body: { data: Array<{ id: string }> }) => body.data.map((p) => p.id);

describe('reading places', () => {
  it('when a place is opened by id, then all its fields come back', async () => {
    const { id } = await createPlaceIn(contractor.client, 'draft', { sector: 'security' });
    const res = await contractor.client.get(`/api/places/${id}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      id,
      title: 'Beveiliger evenementen',
      kind: 'job',
      sector: 'security',
      occupation: { iscoCode: '5414', label: 'Beveiliger' },
      requiredSkills: ['toezicht houden', 'klantvriendelijkheid'],
      hours: { min: 16, max: 32 },
      requirements: { dutchLevel: 'B1', drivingLicence: false },
      support: ['training', 'buddy'],
      createdBy: { name: expect.any(String) },
    });
  });

  it('when the id is malformed, then 400 naming params.id; when unknown, then 404', async () => {
    const malformed = await contractor.client.get('/api/places/12');
    expect(malformed.status).toBe(400);
    expect(issuePaths(malformed.body)).toEqual(['params.id']);
    expect((await contractor.client.get('/api/places/0123456789abcdef01234567')).status).toBe(404);
  });

  it('when places are listed with filters, then only matching places come back, sorted and paginated', async () => {
    const org = await placeFixtures(app).signInContractor(region);
    const green = await createPlaceIn(org.client, 'open', { sector: 'green_maintenance', title: 'Groen B' });
    await createPlaceIn(org.client, 'draft', { sector: 'green_maintenance', title: 'Groen A' });
    const kitchen = await createPlaceIn(org.client, 'open', {
      sector: 'catering',
      kind: 'internship',
      title: 'Keuken C',
    });

    const open = await org.client.get('/api/places?status=open&sort=title');
    expect(ids(open.body)).toEqual([green.id, kitchen.id]);
    expect(
      (await org.client.get('/api/places?sector=green_maintenance&sort=-title')).body.data.map(
        (p: { title: string }) => p.title,
      ),
    ).toEqual(['Groen B', 'Groen A']);
    expect(ids((await org.client.get('/api/places?kind=internship')).body)).toEqual([kitchen.id]);
    expect(ids((await org.client.get('/api/places?q=keuken')).body)).toEqual([kitchen.id]);

    const page2 = await org.client.get('/api/places?sort=title&limit=2&page=2');
    expect(page2.body.page).toEqual({ page: 2, limit: 2, total: 3, pages: 2 });
    expect(ids(page2.body)).toEqual([kitchen.id]);
  });

  it('when places are sorted by start date, then the earliest comes first', async () => {
    const org = await placeFixtures(app).signInContractor(region);
    const late = await createPlaceIn(org.client, 'draft', { startDate: '2027-03-01' });
    const early = await createPlaceIn(org.client, 'draft', { startDate: '2026-12-01' });
    expect(ids((await org.client.get('/api/places?sort=startDate')).body)).toEqual([early.id, late.id]);
    expect(ids((await org.client.get('/api/places?sort=-startDate')).body)).toEqual([late.id, early.id]);
  });

  it.each([
    ['limit=101', 'query.limit'],
    ['status=deleted', 'query.status'],
    ['sort=salary', 'query.sort'],
    ['contractorId=abc', 'query.contractorId'],
    ['colour=red', 'query'],
  ])('when the list query has %s, then 400 naming %s', async (search, path) => {
    const res = await contractor.client.get(`/api/places?${search}`);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain(path);
  });
});

describe('changing places', () => {
  it('when a draft is changed with the current version, then the change and a new version are stored', async () => {
    const { id, version } = await createPlaceIn(contractor.client, 'draft');
    const res = await contractor.client.patch(`/api/places/${id}`, {
      version,
      title: 'Schoonmaker ziekenhuis',
      hours: { min: 20, max: 28 },
      durationMonths: null,
      requirements: { drivingLicence: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      title: 'Schoonmaker ziekenhuis',
      hours: { min: 20, max: 28 },
      durationMonths: null,
      requirements: { drivingLicence: true, dutchLevel: null },
      version: version + 1,
    });
    const stored = await PlaceModel.findById(id).lean();
    expect(stored).toMatchObject({ title: 'Schoonmaker ziekenhuis', version: version + 1, searchVersion: 2 });
  });

  it('when two saves race on the same version, then the second gets 409 and the first stays', async () => {
    const { id, version } = await createPlaceIn(contractor.client, 'draft');
    const first = await contractor.client.patch(`/api/places/${id}`, { version, title: 'Eerste versie' });
    expect(first.status).toBe(200);
    const second = await consultant.patch(`/api/places/${id}`, { version, title: 'Tweede versie' });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({
      code: 'stale_version',
      details: { currentVersion: version + 1 },
    });
    expect((await PlaceModel.findById(id).lean())!.title).toBe('Eerste versie');
  });

  it('when several saves on the same version arrive at once, then exactly one is stored', async () => {
    const { id, version } = await createPlaceIn(contractor.client, 'draft');
    const titles = ['Versie A', 'Versie B', 'Versie C'];
    const results = await Promise.all(
      titles.map((title, i) =>
        (i % 2 ? consultant : contractor.client).patch(`/api/places/${id}`, { version, title }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const winner = results.find((r) => r.status === 200)!;
    expect(await PlaceModel.findById(id).lean()).toMatchObject({
      title: winner.body.data.title,
      version: version + 1,
    });
  });

  it('when a status is sent with a change, then 400 naming status and nothing changes', async () => {
    const { id, version } = await createPlaceIn(contractor.client, 'draft');
    const res = await contractor.client.patch(`/api/places/${id}`, {
      version,
      status: 'open',
      title: 'Nieuw',
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['body.status']);
    expect(await PlaceModel.findById(id).lean()).toMatchObject({ status: 'draft', version });
  });

  it('when the version is missing or the postcode unknown, then 400 or 422 naming the field', async () => {
    const { id, version } = await createPlaceIn(contractor.client, 'draft');
    const noVersion = await contractor.client.patch(`/api/places/${id}`, { title: 'Zonder versie' });
    expect(noVersion.status).toBe(400);
    expect(issuePaths(noVersion.body)).toEqual(['body.version']);
    const unknown = await contractor.client.patch(`/api/places/${id}`, {
      version,
      location: { postcode: '9999 ZZ' },
    });
    expect(unknown.status).toBe(422);
    expect(issuePaths(unknown.body)).toEqual(['body.location.postcode']);
    expect((await PlaceModel.findById(id).lean())!.version).toBe(version);
  });

  it.each(['filled', 'closed'] as const)(
    'when the place is %s, then a change is refused with 422',
    async (status) => {
      const { id, version } = await createPlaceIn(contractor.client, status);
      const res = await contractor.client.patch(`/api/places/${id}`, { version, title: 'Te laat' });
      expect(res.status).toBe(422);
      expect(res.body.error.details).toEqual({ status });
      expect((await PlaceModel.findById(id).lean())!.title).not.toBe('Te laat');
    },
  );

  it('when an open place would lose its description or location, then 422 naming those fields', async () => {
    const { id, version } = await createPlaceIn(contractor.client, 'open');
    const res = await contractor.client.patch(`/api/places/${id}`, {
      version,
      description: '',
      location: null,
    });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body).sort()).toEqual(['body.description', 'body.location']);
    const stored = await PlaceModel.findById(id).lean();
    expect(stored!.location).not.toBeNull();
    // A draft may be incomplete.
    const draft = await createPlaceIn(contractor.client, 'draft');
    const cleared = await contractor.client.patch(`/api/places/${draft.id}`, {
      version: draft.version,
      location: null,
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.data.location).toBeNull();
  });

  it('when an open place is changed, then it stays open and its search version is bumped', async () => {
    const { id, version } = await createPlaceIn(contractor.client, 'open');
    const before = (await PlaceModel.findById(id).lean())!.searchVersion;
    const res = await consultant.patch(`/api/places/${id}`, { version, positions: 4 });
    expect(res.body.data).toMatchObject({ status: 'open', positions: 4 });
    expect((await PlaceModel.findById(id).lean())!.searchVersion).toBe(before + 1);
  });

  it('when a change comes without a session, then 401', async () => {
    const { id } = await createPlaceIn(contractor.client, 'draft');
    expect((await app.anonymous().patch(`/api/places/${id}`, { version: 0, title: 'Anoniem' })).status).toBe(
      401,
    );
  });
});

describe('the factory', () => {
  it('when a place is built for every sector template, then the API accepts it and it can be published', async () => {
    for (const sector of [
      'cleaning',
      'security',
      'construction',
      'green_maintenance',
      'catering',
      'logistics',
      'technical',
    ]) {
      const res = await contractor.client.post('/api/places', buildPlaceInput({ sector }));
      expect([sector, res.status]).toEqual([sector, 201]);
      const opened = await contractor.client.post(`/api/places/${res.body.data.id}/transitions`, {
        to: 'open',
        version: 0,
      });
      expect([sector, opened.status]).toEqual([sector, 200]);
    }
  });
});
