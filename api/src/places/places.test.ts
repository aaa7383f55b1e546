import { buildPlaceInput } from '@kansplek/seed';
import { OrganisationModel } from '../organisations/organisations.model';
import { RegionModel } from '../organisations/regions.model';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { createPlaceIn, issuePaths, placeFixtures } from './place-fixtures';
import { PlaceModel } from './places.model';

let app: TestApp;
let fixtures: ReturnType<typeof placeFixtures>;
let region: TestRegion;
let contractor: { organisationId: string; client: ApiClient };
let consultant: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  fixtures = placeFixtures(app);
  region = await app.createRegion();
  contractor = await fixtures.signInContractor(region);
  consultant = await fixtures.signInConsultant(region);
});
afterAll(() => app.stop());

describe('creating places', () => {
  it('when a contractor offers a place, then it is stored as a draft of their organisation with coordinates', async () => {
    const input = buildPlaceInput({ sector: 'cleaning', location: { postcode: '6811ab', city: 'Arnhem' } });
    const res = await contractor.client.post('/api/places', input);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      status: 'draft',
      title: 'Schoonmaker kantoren',
      contractor: { id: contractor.organisationId },
      occupation: { iscoCode: '9112' },
      location: { postcode: '6811 AB', municipalityCode: 'GM0202', location: { lat: 51.984, lng: 5.909 } },
      version: 0,
      history: [{ from: null, to: 'draft' }],
    });
    const stored = await PlaceModel.findById(res.body.data.id).lean();
    expect(String(stored!.contractorId)).toBe(contractor.organisationId);
    // Marked for the search index (the sync worker may already have indexed it: indexedVersion 0 or 1).
    expect(stored).toMatchObject({ status: 'draft', searchVersion: 1 });
  });

  it('when only kind and title are given, then a draft with empty fields is stored', async () => {
    const res = await contractor.client.post('/api/places', {
      kind: 'internship',
      title: 'Stage facilitair',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      description: '',
      location: null,
      hours: null,
      startDate: null,
      positions: 1,
      requirements: { drivingLicence: false, dutchLevel: null, educationLevel: null },
      support: [],
    });
  });

  it('when skills repeat in other letter case or also appear as required, then each is kept once', async () => {
    const res = await contractor.client.post(
      '/api/places',
      buildPlaceInput({
        requiredSkills: ['Snoeien', 'snoeien', 'Maaien'],
        desirableSkills: ['maaien', 'EHBO'],
      }),
    );
    expect(res.body.data.requiredSkills).toEqual(['snoeien', 'maaien']);
    expect(res.body.data.desirableSkills).toEqual(['ehbo']);
  });

  it('when a consultant offers a place for a contractor of the region, then it belongs to that contractor', async () => {
    const res = await consultant.post(
      '/api/places',
      buildPlaceInput({ contractorId: contractor.organisationId }),
    );
    expect(res.status).toBe(201);
    expect(res.body.data.contractor.id).toBe(contractor.organisationId);
  });

  it('when a consultant leaves out the contractor, then 400 naming contractorId', async () => {
    const res = await consultant.post('/api/places', buildPlaceInput());
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['body.contractorId']);
  });

  it('when a consultant picks a contractor of another region, then 422 naming contractorId and nothing is stored', async () => {
    const elsewhere = await fixtures.createContractor([(await app.createRegion()).regionId]);
    const before = await PlaceModel.countDocuments();
    const res = await consultant.post('/api/places', buildPlaceInput({ contractorId: elsewhere }));
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(['body.contractorId']);
    expect(await PlaceModel.countDocuments()).toBe(before);
  });

  it('when a contractor names another contractor, then 422 naming contractorId', async () => {
    const other = await fixtures.createContractor([region.regionId]);
    const res = await contractor.client.post('/api/places', buildPlaceInput({ contractorId: other }));
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(['body.contractorId']);
  });

  it.each([
    [{ kind: 'volunteering' }, 'body.kind'],
    [{ title: 'ab' }, 'body.title'],
    [{ occupation: { iscoCode: '911', label: 'Schoonmaker' } }, 'body.occupation.iscoCode'],
    [{ hours: { min: 30, max: 20 } }, 'body.hours.min'],
    [{ hours: { min: 0, max: 20 } }, 'body.hours.min'],
    [{ location: { postcode: '68 AB' } }, 'body.location.postcode'],
    [{ startDate: '2026-13-01' }, 'body.startDate'],
    [{ positions: 0 }, 'body.positions'],
    [{ durationMonths: 0 }, 'body.durationMonths'],
    [{ requirements: { dutchLevel: 'D1' } }, 'body.requirements.dutchLevel'],
    [{ requirements: { educationLevel: 'phd' } }, 'body.requirements.educationLevel'],
    [{ support: ['massage'] }, 'body.support.0'],
    [{ sector: 'space' }, 'body.sector'],
    [{ contractId: 'not-an-id' }, 'body.contractId'],
    [{ status: 'open' }, 'body'],
  ])('when the input has %j, then 400 naming %s', async (overrides, path) => {
    const res = await contractor.client.post('/api/places', { ...buildPlaceInput(), ...overrides });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(issuePaths(res.body)).toContain(path);
  });

  it('when nobody is signed in, then 401', async () => {
    expect((await app.anonymous().post('/api/places', buildPlaceInput())).status).toBe(401);
  });
});

describe('geocoding the work location', () => {
  it('when the postcode is valid but unknown, then 422 naming location.postcode and nothing is stored', async () => {
    const before = await PlaceModel.countDocuments();
    const res = await contractor.client.post(
      '/api/places',
      buildPlaceInput({ location: { postcode: '1011 AB' } }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues).toEqual([
      expect.objectContaining({ path: 'body.location.postcode', code: 'unknown_postcode' }),
    ]);
    expect(await PlaceModel.countDocuments()).toBe(before);
  });

  it('when the work location lies in a municipality of another region, then the place belongs to that region', async () => {
    // Arnhem (GM0202) as a registered municipality of a second region.
    const arnhem = await OrganisationModel.create({
      kind: 'municipality',
      name: 'Gemeente Arnhem',
      municipalityCode: 'GM0202',
    });
    const servicePointId = await app.createOrganisation({ kind: 'service_point' });
    const arnhemRegion = await RegionModel.create({
      name: 'Midden-Gelderland',
      servicePointId,
      municipalityIds: [arnhem._id],
    });
    const inArnhem = await contractor.client.post(
      '/api/places',
      buildPlaceInput({ location: { postcode: '6824 BM' } }),
    );
    expect(inArnhem.body.data.regionId).toBe(String(arnhemRegion._id));
    // Zevenaar (GM0299) is in no registered region: the contractor's own region is used.
    const inZevenaar = await contractor.client.post(
      '/api/places',
      buildPlaceInput({ location: { postcode: '6901 AB' } }),
    );
    expect(inZevenaar.body.data.regionId).toBe(region.regionId);
    // Moving the work location moves the place to the other region too.
    const moved = await contractor.client.patch(`/api/places/${inZevenaar.body.data.id}`, {
      version: 0,
      location: { postcode: '6811 CD' },
    });
    expect(moved.body.data).toMatchObject({
      regionId: String(arnhemRegion._id),
      location: { city: 'Arnhem' },
    });
  });

  it('when a place has no work location, then it belongs to the contractor’s first region', async () => {
    const res = await contractor.client.post('/api/places', { kind: 'job', title: 'Nog zonder adres' });
    expect(res.body.data.regionId).toBe(region.regionId);
  });
});

describe('counting a place for a contract', () => {
  it('when the contract is an active contract of the contractor, then the place links to it', async () => {
    const contractId = await fixtures.createContract(contractor.organisationId, region);
    const res = await contractor.client.post('/api/places', buildPlaceInput({ contractId }));
    expect(res.status).toBe(201);
    expect(res.body.data.contract).toMatchObject({ id: contractId, status: 'active' });
    expect(res.body.data.contract).not.toHaveProperty('valueCents');
    const listed = await contractor.client.get(`/api/places?contractId=${contractId}`);
    expect(listed.body.data.map((p: { id: string }) => p.id)).toEqual([res.body.data.id]);
  });

  it.each(['draft', 'fulfilled', 'overdue', 'closed'] as const)(
    'when the contract is %s, then 422 naming contractId',
    async (status) => {
      const contractId = await fixtures.createContract(contractor.organisationId, region, status);
      const res = await contractor.client.post('/api/places', buildPlaceInput({ contractId }));
      expect(res.status).toBe(422);
      expect(res.body.error.details.issues).toEqual([
        expect.objectContaining({ path: 'body.contractId', code: 'contract_not_active' }),
      ]);
    },
  );

  it('when the contract belongs to another contractor, then 422 naming contractId, also on a change', async () => {
    const other = await fixtures.createContractor([region.regionId]);
    const contractId = await fixtures.createContract(other, region);
    const created = await contractor.client.post('/api/places', buildPlaceInput({ contractId }));
    expect(created.status).toBe(422);
    expect(issuePaths(created.body)).toEqual(['body.contractId']);
    const { id, version } = await createPlaceIn(contractor.client, 'draft');
    const changed = await contractor.client.patch(`/api/places/${id}`, { version, contractId });
    expect(changed.status).toBe(422);
    expect(issuePaths(changed.body)).toEqual(['body.contractId']);
    expect((await PlaceModel.findById(id).lean())!.contractId).toBeNull();
  });

  it('when the contract does not exist, then 422 naming contractId', async () => {
    const res = await contractor.client.post(
      '/api/places',
      buildPlaceInput({ contractId: '0123456789abcdef01234567' }),
    );
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(['body.contractId']);
  });
});
