import { startTestApp, type TestApp } from '../test/test-app';
import { createContractWorld, issuePaths, type ContractWorld } from './contract-test-fixtures';
import { ContractModel } from './contracts.model';

let app: TestApp;
let world: ContractWorld;
beforeAll(async () => {
  app = await startTestApp();
  world = await createContractWorld(app);
});
afterAll(() => app.stop());

const patch = (id: string, body: unknown) => world.consultant.patch(`/api/contracts/${id}`, body);

describe('changing a contract', () => {
  it('when the value and percentage change, then the obligation is derived again and the version moves on', async () => {
    const draft = await world.create({ valueCents: 100_000_000, sroiPercentage: 5 });
    const res = await patch(draft.id, { version: 0, valueCents: 250_000_001, sroiPercentage: 3.33 });
    expect(res.status).toBe(200);
    // 250,000,001 × 333 / 10,000 = 8,325,000.033 cents.
    expect(res.body.data).toMatchObject({ obligationCents: 8_325_000, sroiPercentage: 3.33, version: 1 });
    const stored = await ContractModel.findById(draft.id).lean();
    expect(stored).toMatchObject({
      valueCents: 250_000_001,
      sroiBasisPoints: 333,
      obligationCents: 8_325_000,
    });
  });

  it('when an active contract is corrected, then that is allowed', async () => {
    const draft = await world.create();
    await world.consultant.post(`/api/contracts/${draft.id}/activate`, { version: 0 });
    const res = await patch(draft.id, {
      version: 1,
      title: 'Onderhoud openbare ruimte 2026–2029 (gewijzigd)',
    });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'active', version: 2 });
  });

  it.each([
    [{ status: 'active' }, 'status'],
    [{ obligationCents: 1 }, 'obligationCents'],
  ])('when the body sets %j, then 400 and nothing changes', async (extra, key) => {
    const draft = await world.create();
    const res = await patch(draft.id, { version: 0, ...extra });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].message).toContain(key);
    expect(await ContractModel.findById(draft.id).lean()).toMatchObject({ status: 'draft', version: 0 });
  });

  it('when only the end date changes to before the stored start date, then 400 naming endDate', async () => {
    const draft = await world.create({
      startDate: '2026-06-01',
      endDate: '2027-05-31',
      realisationDeadline: '2027-12-31',
    });
    const res = await patch(draft.id, { version: 0, endDate: '2026-05-31' });
    expect(res.status).toBe(400);
    expect(issuePaths(res)).toEqual(['body.endDate']);
    expect((await ContractModel.findById(draft.id).lean())!.endDate).toBe('2027-05-31');
  });

  it('when two saves race on the same version, then the second gets 409 and the first stays', async () => {
    const draft = await world.create();
    expect((await patch(draft.id, { version: 0, title: 'Eerste wijziging' })).status).toBe(200);
    const stale = await patch(draft.id, { version: 0, title: 'Tweede wijziging' });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: 1 } });
    expect((await ContractModel.findById(draft.id).lean())!.title).toBe('Eerste wijziging');
  });

  it('when five saves on the same version run at once, then exactly one wins', async () => {
    const draft = await world.create();
    const results = await Promise.all(
      [1, 2, 3, 4, 5].map((n) => patch(draft.id, { version: 0, title: `Gelijktijdige wijziging ${n}` })),
    );
    const winners = results.filter((r) => r.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(4);
    expect(await ContractModel.findById(draft.id).lean()).toMatchObject({
      version: 1,
      title: winners[0]!.body.data.title,
    });
  });

  it('when the new reference is taken at that municipality, then 409', async () => {
    await world.create({ reference: 'BEZET-1' });
    const draft = await world.create();
    const res = await patch(draft.id, { version: 0, reference: 'BEZET-1' });
    expect(res.status).toBe(409);
    expect(res.body.error.details.fields).toEqual(['reference']);
  });

  it('when the municipality moves to one outside the region, then 422 naming it', async () => {
    const other = await app.createRegion();
    const draft = await world.create();
    const res = await patch(draft.id, { version: 0, municipalityId: other.municipalityIds[0] });
    expect(res.status).toBe(422);
    expect(issuePaths(res)).toEqual(['body.municipalityId']);
  });

  it.each(['fulfilled', 'overdue', 'closed'])(
    'when the contract is %s, then it is read-only (422)',
    async (status) => {
      const draft = await world.create();
      await ContractModel.updateOne({ _id: draft.id }, { $set: { status } });
      const res = await patch(draft.id, { version: 0, title: 'Te laat' });
      expect(res.status).toBe(422);
      expect(res.body.error.details.status).toBe(status);
      expect((await ContractModel.findById(draft.id).lean())!.title).not.toBe('Te laat');
    },
  );

  it('when the version is missing, then 400 naming version; when the id is unknown, then 404', async () => {
    const draft = await world.create();
    expect(issuePaths(await patch(draft.id, { title: 'Zonder versie' }))).toContain('body.version');
    expect((await patch('0123456789abcdef01234567', { version: 0, title: 'Weg' })).status).toBe(404);
  });

  it('when a contractor or a municipality user tries to change a contract, then 403', async () => {
    const draft = await world.create();
    expect(
      (await world.contractor.patch(`/api/contracts/${draft.id}`, { version: 0, title: 'X' })).status,
    ).toBe(403);
    expect(
      (await world.municipality.patch(`/api/contracts/${draft.id}`, { version: 0, title: 'X' })).status,
    ).toBe(403);
  });
});
