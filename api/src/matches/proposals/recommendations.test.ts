import { signInAsCandidate } from '../../candidates/candidates.test-support';
import { placeFixtures } from '../../places/place-fixtures';
import type { ApiClient } from '../../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../../test/test-app';
import { contractorWithContract, openCleaningPlace, registerMatchable } from './proposals.test-support';

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
let contractor: ApiClient;
let contractId: string;
const places: Record<string, string> = {};

type Recommendation = {
  place: { id: string; title: string };
  score: number;
  reasons: Array<{ factor: string }>;
};
const recommended = (body: { data: Recommendation[] }) => body.data.map((r) => r.place.id);

beforeAll(async () => {
  app = await startTestApp();
  region = await app.createRegion();
  consultant = await placeFixtures(app).signInConsultant(region);
  ({ client: contractor, contractId } = await contractorWithContract(app, region));
  places.best = (await openCleaningPlace(contractor, contractId)).id;
  // Further away (Huissen) and only one matching skill.
  places.second = (
    await openCleaningPlace(contractor, contractId, {
      title: 'Glazenwasser',
      requiredSkills: ['glazenwassen', 'hoogwerker'],
      location: { street: 'Markt', houseNumber: '5', postcode: '6851 AA' },
    })
  ).id;
  places.licence = (
    await openCleaningPlace(contractor, contractId, {
      title: 'Schoonmaker op locatie',
      requirements: { drivingLicence: true, dutchLevel: null, educationLevel: null },
    })
  ).id;
  places.draft = (
    await placeFixtures(app)
      .signInContractor(region)
      .then(({ client }) => client.post('/api/places', { kind: 'job', title: 'Schoonmaker concept' }))
  ).body.data.id;
  places.paused = (await openCleaningPlace(contractor, contractId, { title: 'Schoonmaker gepauzeerd' })).id;
  const paused = await consultant.get(`/api/places/${places.paused}`);
  await contractor.post(`/api/places/${places.paused}/transitions`, {
    to: 'paused',
    version: paused.body.data.version,
  });
  await app.syncSearch();
});
afterAll(() => app.stop());

describe('recommending places', () => {
  it('when a consultant asks for a candidate, then open places within reach come best first, with reasons', async () => {
    const id = await registerMatchable(consultant);
    await app.syncSearch();
    const res = await consultant.get(`/api/candidates/${id}/recommendations`);
    expect(res.status).toBe(200);
    expect(recommended(res.body)).toEqual([places.best, places.second]);
    expect(res.body.data[0].reasons).toHaveLength(8);
    expect(res.body.data[0].score).toBeGreaterThan(res.body.data[1].score);
    expect(res.body.data[0].place).toMatchObject({ title: 'Schoonmaker kantoren', startDate: '2027-01-15' });
  });

  it('when the candidate has not consented to matching, then nothing is recommended and the reason is given', async () => {
    const id = await registerMatchable(consultant, {}, false);
    await app.syncSearch();
    const res = await consultant.get(`/api/candidates/${id}/recommendations`);
    expect(res.body).toEqual({ data: [], blockedBy: ['no_consent'] });
  });

  it('when the candidate has a licence, then places requiring one are recommended too', async () => {
    const id = await registerMatchable(consultant, {
      drivingLicence: true,
      travel: { maxKm: 30, mode: 'car' },
    });
    await app.syncSearch();
    const res = await consultant.get(`/api/candidates/${id}/recommendations?limit=10`);
    expect(recommended(res.body)).toContain(places.licence);
  });

  it('when a place was dismissed for the candidate, then it is not recommended again', async () => {
    const id = await registerMatchable(consultant);
    await consultant.post(`/api/places/${places.best}/matches`, {
      candidateId: id,
      action: 'dismiss',
      reason: 'not_interested',
    });
    await app.syncSearch();
    const res = await consultant.get(`/api/candidates/${id}/recommendations`);
    expect(recommended(res.body)).toEqual([places.second]);
  });

  it('when a signed-in candidate asks, then they get their own recommendations', async () => {
    const id = await registerMatchable(consultant);
    const { client } = await signInAsCandidate(app, consultant, id);
    await app.syncSearch();
    const res = await client.get('/api/me/recommendations?limit=1');
    expect(res.status).toBe(200);
    expect(recommended(res.body)).toEqual([places.best]);
    expect((await client.get(`/api/candidates/${id}/recommendations`)).status).toBe(403);
  });

  it('when a consultant of another region asks, then the candidate does not exist for them', async () => {
    const id = await registerMatchable(consultant);
    const outsider = await placeFixtures(app).signInConsultant(await app.createRegion());
    expect((await outsider.get(`/api/candidates/${id}/recommendations`)).status).toBe(404);
  });
});
