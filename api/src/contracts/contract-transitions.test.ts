import { startTestApp, type TestApp } from '../test/test-app';
import { refreshContractStatuses } from '../credits/refresh-contract-statuses';
import { createContractWorld, issuePaths, type ContractWorld } from './contract-test-fixtures';
import { ContractModel } from './contracts.model';
import { dutchToday } from './today';

let app: TestApp;
let world: ContractWorld;
beforeAll(async () => {
  app = await startTestApp();
  world = await createContractWorld(app);
});
afterAll(() => app.stop());

const post = (id: string, action: 'activate' | 'close', body: unknown = { version: 0 }) =>
  world.consultant.post(`/api/contracts/${id}/${action}`, body);

// A contract whose term and deadline lie in the past, and one that runs for years to come.
const ENDED = { startDate: '2024-01-01', endDate: '2024-12-31', realisationDeadline: '2025-06-30' };
const RUNNING = { startDate: '2026-01-01', endDate: '2099-12-31', realisationDeadline: '2099-12-31' };

describe('activating and closing', () => {
  it('when a consultant activates a draft, then it is active, stamped and one version on', async () => {
    const draft = await world.create(RUNNING);
    const res = await post(draft.id, 'activate');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: 'active', version: 1, allowedActions: [] });
    const stored = await ContractModel.findById(draft.id).lean();
    expect(stored).toMatchObject({ status: 'active', version: 1 });
    expect(stored!.statusChangedAt).toBeInstanceOf(Date);
  });

  it('when an active contract is activated again, then 422 invalid_transition listing what is allowed', async () => {
    const draft = await world.create(RUNNING);
    await post(draft.id, 'activate');
    const res = await post(draft.id, 'activate', { version: 1 });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({
      code: 'invalid_transition',
      details: { from: 'active', to: 'active', allowed: [] },
    });
  });

  it('when a draft is closed, then 422 with activation as the allowed move', async () => {
    const draft = await world.create(RUNNING);
    const res = await post(draft.id, 'close');
    expect(res.status).toBe(422);
    expect(res.body.error.details.allowed).toEqual(['active']);
    expect((await ContractModel.findById(draft.id).lean())!.status).toBe('draft');
  });

  it('when an active contract is closed before its end date, then 422; after it, then closed', async () => {
    const running = await world.create(RUNNING);
    await post(running.id, 'activate');
    expect((await post(running.id, 'close', { version: 1 })).status).toBe(422);

    const ended = await world.create({ ...ENDED, realisationDeadline: '2099-12-31' });
    await post(ended.id, 'activate');
    const closed = await post(ended.id, 'close', { version: 1 });
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ status: 'closed', allowedActions: [] });
  });

  it('when the version is stale, then 409 and the status stays', async () => {
    const draft = await world.create(RUNNING);
    const res = await post(draft.id, 'activate', { version: 3 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('stale_version');
    expect((await ContractModel.findById(draft.id).lean())!.status).toBe('draft');
  });

  it('when the body lacks a version or carries a status, then 400 naming it', async () => {
    const draft = await world.create(RUNNING);
    expect(issuePaths(await post(draft.id, 'activate', {}))).toContain('body.version');
    expect((await post(draft.id, 'activate', { version: 0, status: 'closed' })).status).toBe(400);
  });

  it('when two activations race, then exactly one wins and the version moves once', async () => {
    const draft = await world.create(RUNNING);
    const results = await Promise.all([post(draft.id, 'activate'), post(draft.id, 'activate')]);
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect([409, 422]).toContain(statuses[1]);
    expect(await ContractModel.findById(draft.id).lean()).toMatchObject({ status: 'active', version: 1 });
  });

  it('when two closes race on an overdue contract, then only one applies', async () => {
    const draft = await world.create(ENDED);
    await post(draft.id, 'activate');
    await refreshContractStatuses(dutchToday());
    const overdue = await ContractModel.findById(draft.id).lean();
    expect(overdue!.status).toBe('overdue');
    const results = await Promise.all([
      post(draft.id, 'close', { version: overdue!.version }),
      post(draft.id, 'close', { version: overdue!.version }),
    ]);
    expect(results.map((r) => r.status).filter((s) => s === 200)).toHaveLength(1);
    expect(await ContractModel.findById(draft.id).lean()).toMatchObject({
      status: 'closed',
      version: overdue!.version + 1,
    });
  });
});

describe('automatic status moves', () => {
  it('when the deadline has passed, then refresh moves active to overdue, once, and leaves drafts alone', async () => {
    const active = await world.create(ENDED);
    await post(active.id, 'activate');
    const draft = await world.create(ENDED);
    const running = await world.create(RUNNING);
    await post(running.id, 'activate');

    const first = await refreshContractStatuses('2026-01-01');
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    expect(await ContractModel.findById(active.id).lean()).toMatchObject({ status: 'overdue', version: 2 });
    expect((await ContractModel.findById(draft.id).lean())!.status).toBe('draft');
    expect((await ContractModel.findById(running.id).lean())!.status).toBe('active');

    const second = await refreshContractStatuses('2026-01-01');
    expect(second).toMatchObject({ overdue: 0, fulfilled: 0 });
    expect((await ContractModel.findById(active.id).lean())!.version).toBe(2);
  });

  it('when the deadline is today, then the contract is not overdue yet', async () => {
    const contract = await world.create({ ...ENDED, realisationDeadline: '2026-03-15' });
    await post(contract.id, 'activate');
    await refreshContractStatuses('2026-03-15');
    expect((await ContractModel.findById(contract.id).lean())!.status).toBe('active');
    await refreshContractStatuses('2026-03-16');
    expect((await ContractModel.findById(contract.id).lean())!.status).toBe('overdue');
  });

  it('when the obligation rounds to nothing, then the (zero) credit fulfils it', async () => {
    // One cent at 0.01 % is 0.0001 cent: nothing to realise.
    const tiny = await world.create({ ...RUNNING, valueCents: 1, sroiPercentage: 0.01 });
    expect(tiny).toMatchObject({ obligationCents: 0 });
    await post(tiny.id, 'activate');
    const result = await refreshContractStatuses('2026-06-01');
    expect(result.fulfilled).toBeGreaterThanOrEqual(1);
    const res = await world.consultant.get(`/api/contracts/${tiny.id}`);
    expect(res.body.data).toMatchObject({ status: 'fulfilled', allowedActions: ['close'] });
  });

  it('when two refreshes run at once, then each move is applied once', async () => {
    const contract = await world.create({ ...ENDED, realisationDeadline: '2026-04-30' });
    await post(contract.id, 'activate');
    const [a, b] = await Promise.all([
      refreshContractStatuses('2026-05-01'),
      refreshContractStatuses('2026-05-01'),
    ]);
    expect(a.overdue + b.overdue).toBeGreaterThanOrEqual(1);
    expect(await ContractModel.findById(contract.id).lean()).toMatchObject({ status: 'overdue', version: 2 });
  });
});
