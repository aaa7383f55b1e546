import { buildCandidateInput } from '@kansplek/seed';
import { AuditEntryModel } from '../audit/audit.model';
import { startTestApp, type TestApp } from '../test/test-app';
import { CandidateModel } from './candidates.model';
import {
  backdateWait,
  issuePaths,
  openRegionDesk,
  registerCandidate,
  type RegionDesk,
} from './candidates.test-support';

let app: TestApp;
let desk: RegionDesk;
beforeAll(async () => {
  app = await startTestApp();
  desk = await openRegionDesk(app);
});
afterAll(() => app.stop());

describe('registering candidates', () => {
  it('when a consultant registers a candidate, then it is geocoded, placed in their region and waiting from today', async () => {
    const input = buildCandidateInput({
      address: { postcode: '6824bm', street: 'Velperweg', houseNumber: '10' },
    });
    const res = await desk.consultant.post('/api/candidates', input);
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      firstName: input.firstName,
      address: { postcode: '6824 BM', municipalityCode: 'GM0202', location: { lat: expect.any(Number) } },
      regionId: desk.region.regionId,
      consultant: { id: desk.consultantUser.id },
      status: 'active',
      sensitive: { targetGroups: input.targetGroups, benefitType: input.benefitType },
      consent: { matching: { given: false, at: null }, sharing: { given: false } },
      account: null,
      version: 0,
    });
    expect(res.body.data.waitingSince).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const stored = await CandidateModel.findById(res.body.data.id).lean();
    expect(stored).toMatchObject({
      servicePointId: expect.anything(),
      municipalityCode: 'GM0202',
      searchVersion: 1,
      erasedAt: null,
    });
    expect(String(stored!.servicePointId)).toBe(desk.region.servicePointId);
  });

  it.each([
    [{ firstName: '' }, 'body.firstName'],
    [{ address: { postcode: '68 AB' } }, 'body.address.postcode'],
    [{ hoursWanted: { min: 32, max: 16 } }, 'body.hoursWanted.min'],
    [{ dutchLevel: 'D1' }, 'body.dutchLevel'],
    [{ travel: { maxKm: 10, mode: 'boat' } }, 'body.travel.mode'],
    [{ email: 'geen-adres' }, 'body.email'],
    [{ availableFrom: '2026-02-30' }, 'body.availableFrom'],
    [{ occupations: [{ iscoCode: '91', label: 'Schoonmaker' }] }, 'body.occupations.0.iscoCode'],
    [
      { workExperience: [{ title: 'Kok', employer: 'Albron', from: '2024-05-01', to: '2023-01-01' }] },
      'body.workExperience.0.to',
    ],
    [{ targetGroups: ['rich'] }, 'body.targetGroups.0'],
    [{ status: 'placed' }, 'body'],
  ])('when the input has %j, then 400 naming %s and nothing is stored', async (overrides, path) => {
    const before = await CandidateModel.countDocuments();
    const res = await desk.consultant.post('/api/candidates', buildCandidateInput(overrides as never));
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain(path);
    expect(await CandidateModel.countDocuments()).toBe(before);
  });

  it('when the postcode is valid but unknown, then 422 naming the postcode and nothing is stored', async () => {
    const before = await CandidateModel.countDocuments();
    const res = await desk.consultant.post(
      '/api/candidates',
      buildCandidateInput({ address: { postcode: '1011 AB' } }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0]).toMatchObject({
      path: 'body.address.postcode',
      code: 'unknown_postcode',
    });
    expect(await CandidateModel.countDocuments()).toBe(before);
  });

  it('when the responsible consultant works elsewhere, then 422 naming consultantId', async () => {
    const other = await openRegionDesk(app);
    const res = await desk.consultant.post(
      '/api/candidates',
      buildCandidateInput({ consultantId: other.consultantUser.id }),
    );
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(['body.consultantId']);
  });

  it('when a colleague of the same service point is named responsible, then they are', async () => {
    const colleague = await app.createUser({
      role: 'consultant',
      organisationId: desk.region.servicePointId,
    });
    const created = await registerCandidate(desk.consultant, { consultantId: colleague.id });
    expect(created.consultant).toMatchObject({ id: colleague.id });
    const options = await desk.consultant.get('/api/candidates/consultants?limit=100');
    expect(options.body.data.map((c: { id: string }) => c.id)).toEqual(
      expect.arrayContaining([colleague.id, desk.consultantUser.id]),
    );
  });

  it('when a consultant’s service point serves no region, then 403', async () => {
    const lonely = await app.signIn(await app.createUser({ role: 'consultant' }));
    const res = await lonely.post('/api/candidates', buildCandidateInput());
    expect(res.status).toBe(403);
  });

  it('when nobody is signed in, then 401', async () => {
    expect((await app.anonymous().get('/api/candidates')).status).toBe(401);
  });
});

describe('reading candidates', () => {
  it('when a consultant opens a candidate, then the sensitive fields come with it and the read is audited', async () => {
    const created = await registerCandidate(desk.consultant, { supportNote: 'Heeft een jobcoach nodig' });
    const before = await AuditEntryModel.countDocuments({ candidateId: created.id });
    const res = await desk.consultant.get(`/api/candidates/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data.sensitive.supportNote).toBe('Heeft een jobcoach nodig');
    const entries = await AuditEntryModel.find({ candidateId: created.id }).sort({ at: -1 }).lean();
    expect(entries).toHaveLength(before + 1);
    expect(entries[0]).toMatchObject({ action: 'read_sensitive', actorRole: 'consultant' });
    expect(String(entries[0]!.actorId)).toBe(desk.consultantUser.id);
  });

  it('when a consultant lists candidates, then no sensitive field is sent and nothing is audited', async () => {
    await registerCandidate(desk.consultant);
    const before = await AuditEntryModel.countDocuments();
    const res = await desk.consultant.get('/api/candidates?limit=100');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    const text = JSON.stringify(res.body);
    for (const field of ['sensitive', 'targetGroups', 'benefitType', 'supportNeeds', 'supportNote']) {
      expect(text).not.toContain(field);
    }
    expect(await AuditEntryModel.countDocuments()).toBe(before);
  });

  it('when a consultant of another region asks for a candidate, then 404 and it is not in their list', async () => {
    const created = await registerCandidate(desk.consultant);
    const other = await openRegionDesk(app);
    expect((await other.consultant.get(`/api/candidates/${created.id}`)).status).toBe(404);
    expect(
      (await other.consultant.patch(`/api/candidates/${created.id}`, { version: 0, firstName: 'X' })).status,
    ).toBe(404);
    const list = await other.consultant.get('/api/candidates?limit=100');
    expect(list.body.data.map((c: { id: string }) => c.id)).not.toContain(created.id);
  });

  it('when the id is not an id, then 400 naming params.id; when unknown, then 404', async () => {
    const bad = await desk.consultant.get('/api/candidates/nope');
    expect(bad.status).toBe(400);
    expect(issuePaths(bad.body)).toEqual(['params.id']);
    expect((await desk.consultant.get('/api/candidates/0123456789abcdef01234567')).status).toBe(404);
  });

  it('when the list is filtered, sorted and paged, then only matching candidates come back in order', async () => {
    const own = await openRegionDesk(app);
    const names = ['Zwart', 'Aalbers', 'Mulder'];
    for (const lastName of names) {
      await registerCandidate(own.consultant, {
        lastName,
        firstName: 'Test',
        drivingLicence: lastName !== 'Mulder',
        dutchLevel: lastName === 'Zwart' ? 'A2' : 'B2',
        address: { postcode: lastName === 'Aalbers' ? '6901 AB' : '6811 AB' },
      });
    }
    const page1 = await own.consultant.get('/api/candidates?sort=name&limit=2');
    const page2 = await own.consultant.get('/api/candidates?sort=name&limit=2&page=2');
    expect(page1.body.page).toEqual({ page: 1, limit: 2, total: 3, pages: 2 });
    expect([...page1.body.data, ...page2.body.data].map((c: { lastName: string }) => c.lastName)).toEqual([
      'Aalbers',
      'Mulder',
      'Zwart',
    ]);
    const lastNames = async (query: string) =>
      (await own.consultant.get(`/api/candidates?${query}`)).body.data.map(
        (c: { lastName: string }) => c.lastName,
      );
    expect(await lastNames('q=mul')).toEqual(['Mulder']);
    expect(await lastNames('q=test%20zw')).toEqual(['Zwart']);
    expect(await lastNames('drivingLicence=false')).toEqual(['Mulder']);
    expect(await lastNames('dutchLevel=B1&sort=-name')).toEqual(['Mulder', 'Aalbers']);
    expect(await lastNames('municipalityCode=gm0299')).toEqual(['Aalbers']);
    expect(await lastNames(`consultantId=${own.consultantUser.id}&status=active&sort=-name`)).toEqual([
      'Zwart',
      'Mulder',
      'Aalbers',
    ]);
    expect(await lastNames('status=placed')).toEqual([]);
  });

  it.each([
    ['limit=101', 'query.limit'],
    ['sort=income', 'query.sort'],
    ['status=hired', 'query.status'],
    ['municipalityCode=0202', 'query.municipalityCode'],
    ['colour=blue', 'query'],
  ])('when the list query has %s, then 400 naming %s', async (query, path) => {
    const res = await desk.consultant.get(`/api/candidates?${query}`);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain(path);
  });
});

describe('changing candidates', () => {
  it('when a consultant changes fields, then only those change and searchVersion is bumped with them', async () => {
    const created = await registerCandidate(desk.consultant, { skills: ['snoeien'] });
    const res = await desk.consultant.patch(`/api/candidates/${created.id}`, {
      version: 0,
      lastName: 'de Boer',
      address: { postcode: '6921 AB' },
      skills: ['Maaien', 'maaien', 'snoeien'],
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      lastName: 'de Boer',
      firstName: created.firstName,
      skills: ['maaien', 'snoeien'],
      municipalityCode: 'GM0226',
      version: 1,
    });
    const stored = await CandidateModel.findById(created.id).lean();
    expect(stored).toMatchObject({
      sortName: `de boer ${String(created.firstName).toLowerCase()}`,
      searchVersion: 2,
    });
  });

  it('when two consultants save the same version, then the second gets 409 and nothing of it is stored', async () => {
    const created = await registerCandidate(desk.consultant);
    const colleague = await app.signIn(
      await app.createUser({ role: 'consultant', organisationId: desk.region.servicePointId }),
    );
    const first = await desk.consultant.patch(`/api/candidates/${created.id}`, {
      version: 0,
      phone: '06 11111111',
    });
    expect(first.status).toBe(200);
    const second = await colleague.patch(`/api/candidates/${created.id}`, {
      version: 0,
      phone: '06 22222222',
      cvSummary: 'Overschreven',
    });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    const stored = await CandidateModel.findById(created.id).lean();
    expect(stored).toMatchObject({ phone: '06 11111111', cvSummary: created.cvSummary, version: 1 });
  });

  it('when a placed candidate returns to active, then a new wait starts; other status changes keep it', async () => {
    const created = await registerCandidate(desk.consultant);
    await backdateWait(created.id, '2024-01-01');
    const placed = await desk.consultant.patch(`/api/candidates/${created.id}`, {
      version: 0,
      status: 'placed',
    });
    expect(placed.body.data).toMatchObject({ status: 'placed', waitingSince: '2024-01-01' });
    const back = await desk.consultant.patch(`/api/candidates/${created.id}`, {
      version: 1,
      status: 'active',
    });
    expect(back.body.data.status).toBe('active');
    expect(back.body.data.waitingSince > '2024-01-01').toBe(true);
  });

  it.each([
    [{ version: 0, regionId: '0123456789abcdef01234567' }, 'body'],
    [{ version: 0, searchVersion: 9 }, 'body'],
    [{ firstName: 'Zonder versie' }, 'body.version'],
    [{ version: 0, hoursWanted: { min: 0, max: 8 } }, 'body.hoursWanted.min'],
  ])('when the change is %j, then 400 naming %s', async (body, path) => {
    const created = await registerCandidate(desk.consultant);
    const res = await desk.consultant.patch(`/api/candidates/${created.id}`, body);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain(path);
  });

  it('when the new postcode is unknown, then 422 and the stored address stays', async () => {
    const created = await registerCandidate(desk.consultant, { address: { postcode: '6811 AB' } });
    const res = await desk.consultant.patch(`/api/candidates/${created.id}`, {
      version: 0,
      address: { postcode: '9999 ZZ' },
    });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(['body.address.postcode']);
    const stored = await CandidateModel.findById(created.id).lean();
    expect(stored!.address!.postcode).toBe('6811 AB');
    expect(stored!.version).toBe(0);
  });
});
