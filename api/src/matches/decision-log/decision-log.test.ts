import { placeFixtures } from '../../places/place-fixtures';
import type { ApiClient } from '../../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../../test/test-app';
import {
  contractorWithContract,
  openCleaningPlace,
  registerMatchable,
} from '../proposals/proposals.test-support';
import { DecisionLogModel } from './decision-log.model';
import { removeExpiredDecisions } from './decision-log';

// The weights in force are recorded with every list: this app runs with skills worth 40.
const WEIGHTS = { skills: 40 };

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
let otherConsultant: ApiClient;
let placeId: string;
let candidateId: string;

beforeAll(async () => {
  app = await startTestApp({ MATCH_WEIGHTS: JSON.stringify(WEIGHTS) });
  region = await app.createRegion();
  const fixtures = placeFixtures(app);
  consultant = await fixtures.signInConsultant(region);
  otherConsultant = await fixtures.signInConsultant(await app.createRegion());
  const { client: contractor, contractId } = await contractorWithContract(app, region);
  placeId = (await openCleaningPlace(contractor, contractId)).id;
  candidateId = await registerMatchable(consultant);
  // Further away (Huissen), with fewer of the skills: ranked second.
  await registerMatchable(consultant, {
    address: { street: 'Markt', houseNumber: '2', postcode: '6851 AA' },
    skills: ['schoonmaken'],
  });
  await app.syncSearch();
});
afterAll(() => app.stop());

type Entry = {
  kind: string;
  shownTo: { id: string; name: string; role: string };
  placeId: string | null;
  candidateId: string | null;
  items: Array<{ id: string; rank: number; score: number }>;
  weights: Record<string, number>;
  weightsVersion: string;
};

describe('decision log', () => {
  it('when a consultant is shown proposals, then who, when, which candidates at which rank and score, and the weights are recorded', async () => {
    const before = Date.now();
    const proposals = await consultant.post(`/api/places/${placeId}/proposals`, { limit: 10 });
    expect(proposals.status).toBe(200);
    expect(proposals.body.data).toHaveLength(2);
    const me = await consultant.get('/api/me');

    const log = await consultant.get(`/api/decision-log?placeId=${placeId}`);
    expect(log.status).toBe(200);
    expect(log.body.page.total).toBe(1);
    const entry = log.body.data[0] as Entry & { shownAt: string };
    expect(entry).toMatchObject({
      kind: 'proposals',
      shownTo: { id: me.body.data.id, role: 'consultant' },
      placeId,
      candidateId: null,
    });
    expect(entry.items).toEqual(
      proposals.body.data.map((p: { candidate: { id: string }; score: number }, i: number) => ({
        id: p.candidate.id,
        rank: i + 1,
        score: p.score,
      })),
    );
    expect(entry.items[0]!.id).toBe(candidateId);
    expect(Date.parse(entry.shownAt)).toBeGreaterThanOrEqual(before - 1000);
    // The configured skills weight with the other defaults.
    expect(entry.weights).toMatchObject({ skills: 40, occupation: 15, waiting: 10 });
    expect(entry.weightsVersion).toMatch(/^[0-9a-f]{12}$/);
  });

  it('when recommendations are shown for a candidate, then the list is recorded with the candidate and the same weights version', async () => {
    const res = await consultant.get(`/api/candidates/${candidateId}/recommendations`);
    expect(res.status).toBe(200);
    const log = await consultant.get(`/api/decision-log?candidateId=${candidateId}`);
    expect(log.body.data).toHaveLength(1);
    const entry = log.body.data[0] as Entry;
    expect(entry).toMatchObject({ kind: 'recommendations', candidateId, placeId: null });
    expect(entry.items.map((i) => i.id)).toEqual(
      res.body.data.map((r: { place: { id: string } }) => r.place.id),
    );
    expect(entry.items[0]).toMatchObject({ id: placeId, rank: 1 });
    const all = await consultant.get('/api/decision-log');
    expect(new Set(all.body.data.map((e: Entry) => e.weightsVersion)).size).toBe(1);
  });

  it('when a consultant of another region asks, then they see none of these lists', async () => {
    const res = await otherConsultant.get('/api/decision-log');
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual([]);
  });

  it('when a list is older than the retention period, then maintenance removes it and keeps the rest', async () => {
    const me = await consultant.get('/api/me');
    const old = await DecisionLogModel.create({
      kind: 'proposals',
      shownAt: new Date('2024-10-01T10:00:00Z'),
      userId: me.body.data.id,
      userName: 'Oud',
      role: 'consultant',
      regionId: region.regionId,
      placeId,
      items: [],
      weights: WEIGHTS,
      weightsVersion: 'old',
    });
    // 24 months before 8 December 2026 is 8 December 2024: the list of October 2024 is past it.
    expect(await removeExpiredDecisions(24, '2026-12-08')).toBe(1);
    expect(await DecisionLogModel.exists({ _id: old._id })).toBeNull();
    const log = await consultant.get(`/api/decision-log?placeId=${placeId}`);
    expect(log.body.page.total).toBe(1);
    // With ten years' retention nothing here is old enough.
    expect(await removeExpiredDecisions(120, '2026-12-08')).toBe(0);
  });

  it('when a contractor asks for the log, then it is refused', async () => {
    const { client } = await contractorWithContract(app, region);
    expect((await client.get('/api/decision-log')).status).toBe(403);
  });
});
