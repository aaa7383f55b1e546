import { PLACE_STATUSES, PLACE_TRANSITIONS, type TPlaceStatus } from '../contract';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { createPlaceIn, issuePaths, placeFixtures } from './place-fixtures';
import { PlaceModel } from './places.model';

let app: TestApp;
let contractor: ApiClient;
let consultant: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  const fixtures = placeFixtures(app);
  const region = await app.createRegion();
  contractor = (await fixtures.signInContractor(region)).client;
  consultant = await fixtures.signInConsultant(region);
});
afterAll(() => app.stop());

const ALL_MOVES = PLACE_STATUSES.flatMap((from) => PLACE_STATUSES.map((to) => [from, to] as const));
const LEGAL = ALL_MOVES.filter(([from, to]) => PLACE_TRANSITIONS[from].includes(to));
const ILLEGAL = ALL_MOVES.filter(([from, to]) => !PLACE_TRANSITIONS[from].includes(to));

describe('the lifecycle table', () => {
  it('lists exactly the moves of draft → open ⇄ paused → filled | closed, and draft → closed', () => {
    expect(LEGAL).toEqual([
      ['draft', 'open'],
      ['draft', 'closed'],
      ['open', 'paused'],
      ['open', 'filled'],
      ['open', 'closed'],
      ['paused', 'open'],
      ['paused', 'filled'],
      ['paused', 'closed'],
    ]);
  });
});

describe('moving places along the lifecycle', () => {
  it.each(LEGAL)('when a %s place becomes %s, then it is stored with a history entry', async (from, to) => {
    const { id, version } = await createPlaceIn(contractor, from);
    const res = await consultant.post(`/api/places/${id}/transitions`, { to, version });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ status: to, version: version + 1 });
    expect(res.body.data.history.at(-1)).toMatchObject({ from, to, by: { name: expect.any(String) } });
    const stored = await PlaceModel.findById(id).lean();
    expect(stored).toMatchObject({ status: to, version: version + 1 });
    // Created at search version 1, and every status change since bumped it once.
    expect(stored!.searchVersion).toBe(stored!.history.length);
  });

  it.each(ILLEGAL)(
    'when a %s place is asked to become %s, then 422 invalid_transition with what is allowed',
    async (from, to) => {
      const { id, version } = await createPlaceIn(contractor, from);
      const res = await contractor.post(`/api/places/${id}/transitions`, { to, version });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({
        code: 'invalid_transition',
        details: { from, to, allowed: [...PLACE_TRANSITIONS[from as TPlaceStatus]] },
      });
      expect(await PlaceModel.findById(id).lean()).toMatchObject({ status: from, version });
    },
  );

  it('when an incomplete draft is published, then 422 lists what is missing and it stays a draft', async () => {
    const created = await contractor.post('/api/places', {
      kind: 'job',
      title: 'Half af',
      description: 'Iets',
    });
    const res = await contractor.post(`/api/places/${created.body.data.id}/transitions`, {
      to: 'open',
      version: 0,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.missing).toEqual(['location', 'hours', 'startDate']);
    expect(issuePaths(res.body)).toEqual(['place.location', 'place.hours', 'place.startDate']);
    expect((await PlaceModel.findById(created.body.data.id).lean())!.status).toBe('draft');
  });

  it('when the version is stale, then 409 and the status is unchanged', async () => {
    const { id, version } = await createPlaceIn(contractor, 'open');
    const res = await contractor.post(`/api/places/${id}/transitions`, {
      to: 'paused',
      version: version - 1,
    });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ code: 'stale_version', details: { currentVersion: version } });
    expect((await PlaceModel.findById(id).lean())!.status).toBe('open');
  });

  it('when several people move the same place at once, then exactly one wins and the others get 409', async () => {
    // Several rounds: a race that is only sometimes lost must still fail this test.
    for (let round = 0; round < 5; round += 1) {
      const { id, version } = await createPlaceIn(contractor, 'open');
      const results = await Promise.all([
        contractor.post(`/api/places/${id}/transitions`, { to: 'filled', version }),
        consultant.post(`/api/places/${id}/transitions`, { to: 'closed', version }),
        consultant.post(`/api/places/${id}/transitions`, { to: 'paused', version }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const winner = results.find((r) => r.status === 200)!;
      const stored = await PlaceModel.findById(id).lean();
      expect(stored).toMatchObject({ status: winner.body.data.status, version: version + 1 });
      expect(stored!.history.filter((entry) => entry.from === 'open')).toHaveLength(1);
    }
  });

  it.each([
    [{ to: 'archived', version: 0 }, 'body.to'],
    [{ to: 'open' }, 'body.version'],
    [{ to: 'open', version: -1 }, 'body.version'],
  ])('when the body is %j, then 400 naming %s', async (body, path) => {
    const { id } = await createPlaceIn(contractor, 'draft');
    const res = await contractor.post(`/api/places/${id}/transitions`, body);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain(path);
  });

  it('when the place does not exist, then 404; without a session, then 401', async () => {
    const missing = await contractor.post('/api/places/0123456789abcdef01234567/transitions', {
      to: 'open',
      version: 0,
    });
    expect(missing.status).toBe(404);
    const { id } = await createPlaceIn(contractor, 'draft');
    expect(
      (await app.anonymous().post(`/api/places/${id}/transitions`, { to: 'open', version: 0 })).status,
    ).toBe(401);
  });
});
