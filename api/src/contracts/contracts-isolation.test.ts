import { startTestApp, type TestApp } from '../test/test-app';
import { createContractWorld, ids, type ContractWorld } from './contract-test-fixtures';
import { ContractModel } from './contracts.model';

let app: TestApp;
let mine: ContractWorld;
let theirs: ContractWorld;
let myContract: { id: string };
let theirContract: { id: string };
let sameRegionOtherContractor: { id: string };
let sameRegionOtherMunicipality: { id: string };
let otherContractorId: string;
beforeAll(async () => {
  app = await startTestApp();
  mine = await createContractWorld(app);
  theirs = await createContractWorld(app);
  myContract = await mine.create();
  theirContract = await theirs.create();
  otherContractorId = await app.createOrganisation({ kind: 'contractor' });
  sameRegionOtherContractor = await mine.create({ contractorId: otherContractorId });
  sameRegionOtherMunicipality = await mine.create({ municipalityId: mine.region.municipalityIds[1]! });
});
afterAll(() => app.stop());

describe('who sees which contracts', () => {
  it('when a consultant lists contracts, then only their region’s appear', async () => {
    const listed = ids(await mine.consultant.get('/api/contracts?limit=100'));
    expect(listed.sort()).toEqual(
      [myContract.id, sameRegionOtherContractor.id, sameRegionOtherMunicipality.id].sort(),
    );
  });

  it('when a contractor lists contracts, then only their own organisation’s, read-only', async () => {
    const res = await mine.contractor.get('/api/contracts');
    expect(ids(res).sort()).toEqual([myContract.id, sameRegionOtherMunicipality.id].sort());
    for (const contract of res.body.data) expect(contract.allowedActions).toEqual([]);
  });

  it('when a municipality user lists contracts, then only those their municipality awarded', async () => {
    const res = await mine.municipality.get('/api/contracts');
    expect(ids(res).sort()).toEqual([myContract.id, sameRegionOtherContractor.id].sort());
  });

  it.each([
    ['contractorId', () => theirs.contractorId],
    ['municipalityId', () => theirs.municipalityId],
  ])('when anyone filters on another party’s %s, then nothing of theirs comes back', async (param, value) => {
    for (const client of [mine.consultant, mine.contractor, mine.municipality]) {
      const res = await client.get(`/api/contracts?${param}=${value()}`);
      expect(res.status).toBe(200);
      expect(ids(res)).toEqual([]);
    }
  });

  it('when a contractor filters on another contractor of the same region, then nothing comes back', async () => {
    const res = await mine.contractor.get(`/api/contracts?contractorId=${otherContractorId}`);
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([]);
  });

  it('when a contract outside the caller’s scope is opened by id, then 404 for every reading role', async () => {
    expect((await mine.consultant.get(`/api/contracts/${theirContract.id}`)).status).toBe(404);
    expect((await mine.contractor.get(`/api/contracts/${sameRegionOtherContractor.id}`)).status).toBe(404);
    expect((await mine.municipality.get(`/api/contracts/${sameRegionOtherMunicipality.id}`)).status).toBe(
      404,
    );
    expect((await mine.contractor.get(`/api/contracts/${myContract.id}`)).status).toBe(200);
    expect((await mine.municipality.get(`/api/contracts/${myContract.id}`)).status).toBe(200);
  });

  it('when a consultant of another region tries to change or move a contract, then 404 and nothing changes', async () => {
    const path = `/api/contracts/${myContract.id}`;
    expect((await theirs.consultant.patch(path, { version: 0, title: 'Overgenomen' })).status).toBe(404);
    expect((await theirs.consultant.post(`${path}/activate`, { version: 0 })).status).toBe(404);
    expect((await theirs.consultant.post(`${path}/close`, { version: 0 })).status).toBe(404);
    expect(await ContractModel.findById(myContract.id).lean()).toMatchObject({ status: 'draft', version: 0 });
  });

  it('when a contractor or municipality user tries a transition, then 403', async () => {
    const path = `/api/contracts/${myContract.id}/activate`;
    expect((await mine.contractor.post(path, { version: 0 })).status).toBe(403);
    expect((await mine.municipality.post(path, { version: 0 })).status).toBe(403);
  });

  it('when an admin or a candidate asks for contracts, then 403', async () => {
    for (const role of ['admin', 'candidate'] as const) {
      const client = await app.signIn(
        await app.createUser({ role, organisationId: mine.region.servicePointId }),
      );
      expect((await client.get('/api/contracts')).status).toBe(403);
      expect((await client.get(`/api/contracts/${myContract.id}`)).status).toBe(403);
    }
  });

  it('when a consultant’s service point serves no region, then they see no contracts and cannot register one', async () => {
    const loneServicePoint = await app.createOrganisation({ kind: 'service_point' });
    const lone = await app.signIn(
      await app.createUser({ role: 'consultant', organisationId: loneServicePoint }),
    );
    expect(ids(await lone.get('/api/contracts'))).toEqual([]);
    expect((await lone.get(`/api/contracts/${myContract.id}`)).status).toBe(404);
    expect((await lone.post('/api/contracts', mine.input())).status).toBe(422);
  });
});
