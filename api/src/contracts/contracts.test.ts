import { buildContractInput } from '@kansplek/seed';
import { ZCreateContract } from '../contract';
import { startTestApp, type TestApp } from '../test/test-app';
import { createContractWorld, ids, issuePaths, type ContractWorld } from './contract-test-fixtures';
import { ContractModel } from './contracts.model';

let app: TestApp;
let world: ContractWorld;
beforeAll(async () => {
  app = await startTestApp();
  world = await createContractWorld(app);
});
afterAll(() => app.stop());

describe('registering a contract', () => {
  it('when a consultant registers one, then it is a draft with the obligation derived exactly', async () => {
    const res = await world.consultant.post(
      '/api/contracts',
      world.input({ valueCents: 123_456_789, sroiPercentage: 2.5, reference: 'ARN-2026-001' }),
    );
    expect(res.status).toBe(201);
    // €1,234,567.89 × 2.5 % = €30,864.19725, rounded half up to €30,864.20.
    expect(res.body.data).toMatchObject({
      status: 'draft',
      valueCents: 123_456_789,
      sroiPercentage: 2.5,
      obligationCents: 3_086_420,
      municipality: { id: world.municipalityId, kind: 'municipality' },
      contractor: { id: world.contractorId, kind: 'contractor' },
      allowedActions: ['activate'],
      version: 0,
    });
    const stored = await ContractModel.findById(res.body.data.id).lean();
    expect(stored).toMatchObject({ sroiBasisPoints: 250, obligationCents: 3_086_420, status: 'draft' });
    expect(String(stored!.regionId)).toBe(world.region.regionId);
  });

  it('when the body carries an obligation, then 400 (it is never accepted) and nothing is stored', async () => {
    const before = await ContractModel.countDocuments();
    const res = await world.consultant.post('/api/contracts', { ...world.input(), obligationCents: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0]).toMatchObject({ path: 'body', code: 'unrecognized_keys' });
    expect(res.body.error.details.issues[0].message).toContain('obligationCents');
    expect(await ContractModel.countDocuments()).toBe(before);
  });

  it.each([
    [{ sroiPercentage: 2.555 }, 'body.sroiPercentage'],
    [{ sroiPercentage: 0 }, 'body.sroiPercentage'],
    [{ sroiPercentage: 100.01 }, 'body.sroiPercentage'],
    [{ sroiPercentage: '2.5' }, 'body.sroiPercentage'],
    [{ valueCents: 1234.5 }, 'body.valueCents'],
    [{ valueCents: 0 }, 'body.valueCents'],
    [{ valueCents: 2 ** 53 }, 'body.valueCents'],
    [{ startDate: '2026-02-30' }, 'body.startDate'],
    [{ startDate: '2026-03-01', endDate: '2026-02-28' }, 'body.endDate'],
    [{ startDate: '2026-03-01', realisationDeadline: '2026-02-28' }, 'body.realisationDeadline'],
    [{ title: ' ' }, 'body.title'],
    [{ reference: '' }, 'body.reference'],
    [{ municipalityId: 'gemeente-arnhem' }, 'body.municipalityId'],
    [{ preferredTargetGroups: ['pensionado'] }, 'body.preferredTargetGroups.0'],
    [{ preferredTargetGroups: ['ww', 'ww'] }, 'body.preferredTargetGroups'],
  ])('when the input has %j, then 400 naming %s', async (overrides, path) => {
    const res = await world.consultant.post('/api/contracts', { ...world.input(), ...overrides });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(issuePaths(res)).toContain(path);
  });

  it('when the municipality is outside the consultant’s region, then 422 naming it and nothing is stored', async () => {
    const other = await app.createRegion();
    const before = await ContractModel.countDocuments();
    const res = await world.consultant.post(
      '/api/contracts',
      world.input({ municipalityId: other.municipalityIds[0]! }),
    );
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues).toEqual([expect.objectContaining({ path: 'body.municipalityId' })]);
    expect(await ContractModel.countDocuments()).toBe(before);
  });

  it('when the parties have the wrong kinds, then 422 naming both fields', async () => {
    const res = await world.consultant.post(
      '/api/contracts',
      world.input({ municipalityId: world.contractorId, contractorId: world.municipalityId }),
    );
    expect(res.status).toBe(422);
    expect(issuePaths(res).sort()).toEqual(['body.contractorId', 'body.municipalityId']);
  });

  it('when the reference is taken at the same municipality, then 409; at another municipality it is fine', async () => {
    await world.create({ reference: 'DUBBEL-1' });
    const again = await world.consultant.post('/api/contracts', world.input({ reference: 'DUBBEL-1' }));
    expect(again.status).toBe(409);
    expect(again.body.error.details.fields).toEqual(['reference']);
    const elsewhere = await world.consultant.post(
      '/api/contracts',
      world.input({ reference: 'DUBBEL-1', municipalityId: world.region.municipalityIds[1]! }),
    );
    expect(elsewhere.status).toBe(201);
  });

  it('when nobody is signed in, then 401; when a contractor tries, then 403', async () => {
    expect((await app.anonymous().post('/api/contracts', world.input())).status).toBe(401);
    expect((await world.contractor.post('/api/contracts', world.input())).status).toBe(403);
  });

  it('when the factory builds contract bodies, then the contract accepts every one', () => {
    for (let i = 0; i < 200; i += 1) {
      const input = buildContractInput({
        municipalityId: world.municipalityId,
        contractorId: world.contractorId,
      });
      expect(ZCreateContract.safeParse(input).error?.issues).toBeUndefined();
      expect(input.valueCents).toBeGreaterThanOrEqual(20_000_000);
      expect(input.valueCents).toBeLessThanOrEqual(2_000_000_000);
      expect(input.sroiPercentage).toBeGreaterThanOrEqual(2);
      expect(input.sroiPercentage).toBeLessThanOrEqual(5);
    }
  });
});

describe('listing and reading contracts', () => {
  let listWorld: ContractWorld;
  beforeAll(async () => {
    listWorld = await createContractWorld(app);
    await listWorld.create({ title: 'Groenonderhoud Presikhaaf', reference: 'L-1', valueCents: 100_000_000 });
    await listWorld.create({ title: 'Schoonmaak stadhuis', reference: 'L-2', valueCents: 300_000_000 });
    const third = await listWorld.create({
      title: 'Riolering Klarendal',
      reference: 'L-3',
      valueCents: 200_000_000,
    });
    await listWorld.consultant.post(`/api/contracts/${third.id}/activate`, { version: 0 });
  });

  it('when sorted by obligation, then the largest comes first with -obligationCents', async () => {
    const res = await listWorld.consultant.get('/api/contracts?sort=-obligationCents');
    expect(res.status).toBe(200);
    const obligations = res.body.data.map((c: { obligationCents: number }) => c.obligationCents);
    expect(obligations).toEqual([...obligations].sort((a, b) => b - a));
    expect(res.body.page).toMatchObject({ page: 1, total: 3 });
  });

  it.each([
    ['status=active', ['Riolering Klarendal']],
    ['q=stadhuis', ['Schoonmaak stadhuis']],
    ['q=l-1', ['Groenonderhoud Presikhaaf']],
    ['status=draft&sort=-title', ['Schoonmaak stadhuis', 'Groenonderhoud Presikhaaf']],
  ])('when filtered with %s, then %j', async (query, titles) => {
    const res = await listWorld.consultant.get(`/api/contracts?${query}`);
    expect(res.body.data.map((c: { title: string }) => c.title)).toEqual(titles);
  });

  it('when paginated with limit 2, then page 2 holds the rest and pages do not overlap', async () => {
    const first = await listWorld.consultant.get('/api/contracts?limit=2&sort=reference');
    const second = await listWorld.consultant.get('/api/contracts?limit=2&page=2&sort=reference');
    expect(first.body.page).toMatchObject({ total: 3, pages: 2 });
    expect([...ids(first), ...ids(second)]).toHaveLength(3);
    expect(new Set([...ids(first), ...ids(second)]).size).toBe(3);
  });

  it.each([
    ['limit=101', 'query.limit'],
    ['sort=value', 'query.sort'],
    ['status=open', 'query.status'],
    ['contractorId=123', 'query.contractorId'],
  ])('when the query has %s, then 400 naming %s', async (query, path) => {
    const res = await listWorld.consultant.get(`/api/contracts?${query}`);
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toContain(path);
  });

  it('when a contract is opened, then it comes with both parties; an unknown id is 404, a malformed one 400', async () => {
    const [contract] = (await listWorld.consultant.get('/api/contracts?q=L-2')).body.data;
    const res = await listWorld.consultant.get(`/api/contracts/${contract.id}`);
    expect(res.status).toBe(200);
    expect(res.body.data.contractor.id).toBe(listWorld.contractorId);
    expect((await listWorld.consultant.get('/api/contracts/0123456789abcdef01234567')).status).toBe(404);
    expect((await listWorld.consultant.get('/api/contracts/abc')).status).toBe(400);
  });
});
