import {
  contractorWithContract,
  openCleaningPlace,
  registerMatchable,
} from '../matches/proposals/proposals.test-support';
import { PlaceModel } from '../places/places.model';
import { placeFixtures } from '../places/place-fixtures';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;

/** A small cleaning place (12 hours) of a new contractor, at the given postcode. */
async function smallPlace(postcode = '6811 AB', hours = { min: 12, max: 12 }, title = 'Schoonmaker ochtend') {
  const { client, contractId } = await contractorWithContract(app, region);
  return openCleaningPlace(client, contractId, {
    title,
    hours,
    location: { street: 'Markt', houseNumber: '1', postcode },
  });
}

type Suggestion = { places: Array<{ id: string }>; hours: { min: number; max: number } };
const bundleKeys = (body: { data: Suggestion[] }) =>
  body.data.map((s) =>
    s.places
      .map((p) => p.id)
      .sort()
      .join(),
  );

beforeAll(async () => {
  app = await startTestApp();
  region = await app.createRegion();
  consultant = await placeFixtures(app).signInConsultant(region);
});
afterAll(() => app.stop());

describe('task bundling', () => {
  it('when two small similar places of different contractors lie close, then a consultant sees them as a bundle and can combine them', async () => {
    const a = await smallPlace('6811 AB');
    const b = await smallPlace('6821 AA', { min: 12, max: 15 }, 'Schoonmaker middag');
    await app.syncSearch();
    const suggestions = await consultant.get('/api/bundles/suggestions');
    expect(suggestions.status).toBe(200);
    expect(bundleKeys(suggestions.body)).toContain([a.id, b.id].sort().join());
    const suggestion = (suggestions.body.data as Suggestion[]).find((s) =>
      s.places.some((p) => p.id === a.id),
    )!;
    expect(suggestion.hours).toEqual({ min: 24, max: 27 });

    const created = await consultant.post('/api/bundles', {
      placeIds: [a.id, b.id],
      title: 'Schoonmaker kantoren (gecombineerd)',
    });
    expect(created.status).toBe(201);
    expect(created.body.data).toMatchObject({
      status: 'open',
      hours: { min: 24, max: 27 },
      bundle: {
        parts: expect.arrayContaining([expect.objectContaining({ id: a.id, title: 'Schoonmaker ochtend' })]),
      },
    });
    const part = await consultant.get(`/api/places/${a.id}`);
    expect(part.body.data.bundledInto).toEqual(expect.objectContaining({ id: created.body.data.id }));

    // Parts are now found through the combined place only.
    await app.syncSearch();
    expect(bundleKeys((await consultant.get('/api/bundles/suggestions')).body)).not.toContain(
      [a.id, b.id].sort().join(),
    );
    const proposals = await consultant.post(`/api/places/${a.id}/proposals`, {});
    expect(proposals.body.blockedBy).toEqual(['bundled']);
    const candidate = await registerMatchable(consultant, { hoursWanted: { min: 24, max: 32 } });
    await app.syncSearch();
    const combined = await consultant.post(`/api/places/${created.body.data.id}/proposals`, {});
    expect(combined.body.data.map((p: { candidate: { id: string } }) => p.candidate.id)).toContain(candidate);
  });

  it('when the places would not make a job, come from one contractor or are not small, then 422 naming why', async () => {
    const { client, contractId } = await contractorWithContract(app, region);
    const one = await openCleaningPlace(client, contractId, { hours: { min: 8, max: 8 } });
    const same = await openCleaningPlace(client, contractId, { hours: { min: 12, max: 12 } });
    const tooFew = await smallPlace('6811 AB', { min: 8, max: 8 });
    const big = await smallPlace('6811 AB', { min: 24, max: 32 });
    const code = async (placeIds: string[]) => {
      const res = await consultant.post('/api/bundles', { placeIds, title: 'Gecombineerd' });
      expect(res.status).toBe(422);
      return res.body.error.details.issues[0].code;
    };
    expect(await code([one.id, tooFew.id])).toBe('hours_out_of_range');
    expect(await code([one.id, same.id])).toBe('same_contractor');
    expect(await code([one.id, big.id])).toBe('not_small');
    expect(await PlaceModel.countDocuments({ bundlePartIds: one.id })).toBe(0);
  });

  it('when a part is already bundled, then it cannot join a second bundle and nothing is half-made', async () => {
    const a = await smallPlace();
    const b = await smallPlace();
    const c = await smallPlace();
    expect(
      (await consultant.post('/api/bundles', { placeIds: [a.id, b.id], title: 'Eerste bundel' })).status,
    ).toBe(201);
    const res = await consultant.post('/api/bundles', { placeIds: [c.id, a.id], title: 'Tweede bundel' });
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0]).toMatchObject({
      path: 'body.placeIds.1',
      code: 'already_bundled',
    });
    expect(await PlaceModel.countDocuments({ title: 'Tweede bundel' })).toBe(0);
    expect((await PlaceModel.findById(c.id).lean())!.bundledIntoId).toBeNull();
  });

  it('when two consultants bundle the same place at once, then one bundle is made and the other leaves nothing behind', async () => {
    const [a, b, c] = [await smallPlace(), await smallPlace(), await smallPlace()];
    const colleague = await placeFixtures(app).signInConsultant(region);
    const results = await Promise.all([
      consultant.post('/api/bundles', { placeIds: [a.id, b.id], title: 'Bundel links' }),
      colleague.post('/api/bundles', { placeIds: [c.id, a.id], title: 'Bundel rechts' }),
    ]);
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409 || s === 422)).toHaveLength(1);
    expect(await PlaceModel.countDocuments({ title: { $in: ['Bundel links', 'Bundel rechts'] } })).toBe(1);
    const parts = await PlaceModel.find({ _id: { $in: [a.id, b.id, c.id] } }).lean();
    expect(parts.filter((p) => p.bundledIntoId)).toHaveLength(2);
  });

  it('when the input is malformed, then 400 naming the field', async () => {
    const res = await consultant.post('/api/bundles', { placeIds: ['x'], title: '' });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['body.placeIds', 'body.placeIds.0', 'body.title']);
  });

  it('when a consultant of another region tries, then the places do not exist for them', async () => {
    const a = await smallPlace();
    const b = await smallPlace();
    const outsider = await placeFixtures(app).signInConsultant(await app.createRegion());
    expect(
      (await outsider.post('/api/bundles', { placeIds: [a.id, b.id], title: 'Niet van ons' })).status,
    ).toBe(404);
    await app.syncSearch();
    expect((await outsider.get('/api/bundles/suggestions')).body.page.total).toBe(0);
  });
});
