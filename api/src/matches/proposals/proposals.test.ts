import { placeFixtures } from '../../places/place-fixtures';
import type { ApiClient } from '../../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../../test/test-app';
import {
  contractorWithContract,
  flagDisplacement,
  openCleaningPlace,
  registerMatchable,
} from './proposals.test-support';

// Weights are configuration: this app runs with skills worth 40 and occupation 5 (the rest default).
const WEIGHTS = { skills: 40, occupation: 5 };

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
let placeId: string;
const people: Record<string, string> = {};

type Proposal = {
  candidate: { id: string; fullName: string };
  score: number;
  reasons: Array<{ factor: string; points: number; maxPoints: number; params: Record<string, unknown> }>;
};
const proposed = (body: { data: Proposal[] }) => body.data.map((p) => p.candidate.id);
const propose = (client: ApiClient, id = placeId) =>
  client.post(`/api/places/${id}/proposals`, { limit: 10 });

beforeAll(async () => {
  app = await startTestApp({ MATCH_WEIGHTS: JSON.stringify(WEIGHTS) });
  region = await app.createRegion();
  consultant = await placeFixtures(app).signInConsultant(region);
  const { client: contractor, contractId } = await contractorWithContract(app, region);
  placeId = (await openCleaningPlace(contractor, contractId)).id;

  people.ideal = await registerMatchable(consultant);
  // Huissen, ~6 km; one of two required skills, another occupation, not in the preferred target group.
  people.partial = await registerMatchable(consultant, {
    address: { street: 'Markt', houseNumber: '2', postcode: '6851 AA' },
    skills: ['schoonmaken', 'koken'],
    occupations: [{ iscoCode: '5120', label: 'Kok' }],
    targetGroups: ['ww'],
    benefitType: 'ww',
  });
  people.noConsent = await registerMatchable(consultant, {}, false);
  people.fewHours = await registerMatchable(consultant, { hoursWanted: { min: 8, max: 12 } });
  // Zevenaar, ~12 km as the crow flies, more by bike: beyond a 10 km reach.
  people.far = await registerMatchable(consultant, {
    address: { street: 'Markt', houseNumber: '3', postcode: '6901 AA' },
    travel: { maxKm: 10, mode: 'bike' },
  });
  people.late = await registerMatchable(consultant, { availableFrom: '2027-03-01' });
  people.lowDutch = await registerMatchable(consultant, { dutchLevel: 'A1' });
  await app.syncSearch();
});
afterAll(() => app.stop());

describe('proposing candidates for a place', () => {
  it('when a consultant asks, then only candidates passing every hard constraint come, best first', async () => {
    const res = await propose(consultant);
    expect(res.status).toBe(200);
    expect(res.body.blockedBy).toEqual([]);
    expect(proposed(res.body)).toEqual([people.ideal, people.partial]);
  });

  it('when proposals come, then each lists every factor with points out of its configured weight', async () => {
    const [ideal, partial] = (await propose(consultant)).body.data as Proposal[];
    const factor = (p: Proposal, name: string) => p.reasons.find((r) => r.factor === name)!;
    expect(ideal!.reasons.map((r) => r.factor).sort()).toEqual(
      [
        'distance',
        'hours',
        'occupation',
        'preferences',
        'skills',
        'support',
        'target_group',
        'waiting',
      ].sort(),
    );
    expect(factor(ideal!, 'skills')).toMatchObject({
      points: 40,
      maxPoints: 40,
      params: { matchedRequired: 2, required: 2 },
    });
    expect(factor(ideal!, 'occupation')).toMatchObject({ points: 5, maxPoints: 5 });
    expect(factor(ideal!, 'target_group')).toMatchObject({ points: 5, maxPoints: 5 });
    expect(factor(partial!, 'skills').points).toBeLessThan(40);
    expect(factor(partial!, 'target_group').points).toBe(0);
    expect(factor(partial!, 'distance').params.km).toBeGreaterThan(3);
    const sum = ideal!.reasons.reduce((total, r) => total + r.points, 0);
    expect(ideal!.score).toBeCloseTo(sum, 0);
    // Proposals never carry sensitive fields such as target groups.
    expect(JSON.stringify(ideal!.candidate)).not.toContain('status_holder');
  });

  it('when a consultant of another region asks, then the place does not exist for them', async () => {
    const outsider = await placeFixtures(app).signInConsultant(await app.createRegion());
    expect((await propose(outsider)).status).toBe(404);
  });

  it('when the limit is out of range, then 400 naming it', async () => {
    const res = await consultant.post(`/api/places/${placeId}/proposals`, { limit: 500 });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('body.limit');
  });

  it('when consent is withdrawn, then the candidate is no longer proposed', async () => {
    const id = await registerMatchable(consultant, { skills: ['schoonmaken', 'glazenwassen', 'bhv'] });
    await app.syncSearch();
    expect(proposed((await propose(consultant)).body)).toContain(id);
    const current = await consultant.get(`/api/candidates/${id}`);
    await consultant.put(`/api/candidates/${id}/consent`, {
      kind: 'matching',
      given: false,
      version: current.body.data.version,
    });
    await app.syncSearch();
    expect(proposed((await propose(consultant)).body)).not.toContain(id);
  });
});

describe('displacement', () => {
  it('when the contractor is flagged, then nothing is proposed until a consultant confirms the place is additional', async () => {
    const { organisationId, client, contractId } = await contractorWithContract(app, region);
    const place = await openCleaningPlace(client, contractId);
    const flagged = await flagDisplacement(consultant, organisationId);
    expect(flagged.status).toBe(200);
    await app.syncSearch();
    const blocked = await propose(consultant, place.id);
    expect(blocked.body).toMatchObject({ data: [], blockedBy: ['displacement_unconfirmed'] });

    const short = await consultant.post(`/api/places/${place.id}/displacement-confirmation`, {
      version: place.version,
      note: 'kort',
    });
    expect(short.status).toBe(400);
    expect(short.body.error.details.issues[0].path).toBe('body.note');
    const confirmed = await consultant.post(`/api/places/${place.id}/displacement-confirmation`, {
      version: place.version,
      note: 'Nieuw contract voor extra kantoorpanden; geen vervanging van ontslagen personeel',
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data.displacement).toMatchObject({
      flagged: true,
      confirmation: { note: expect.stringContaining('extra kantoorpanden') },
    });
    await app.syncSearch();
    const open = await propose(consultant, place.id);
    expect(open.body.blockedBy).toEqual([]);
    expect(proposed(open.body)[0]).toBe(people.ideal);
  });

  it('when the flag is cleared, then its places are proposed again', async () => {
    const { organisationId, client, contractId } = await contractorWithContract(app, region);
    const place = await openCleaningPlace(client, contractId);
    await app.syncSearch();
    const flagged = await flagDisplacement(consultant, organisationId);
    expect(flagged.status).toBe(200);
    await app.syncSearch();
    expect((await propose(consultant, place.id)).body).toMatchObject({
      data: [],
      blockedBy: ['displacement_unconfirmed'],
    });

    const cleared = await consultant.delete(`/api/organisations/${organisationId}/displacement`, {
      version: flagged.body.data.version,
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body.data.displacement).toBeNull();
    await app.syncSearch();
    const open = await propose(consultant, place.id);
    expect(open.body.blockedBy).toEqual([]);
    expect(proposed(open.body)[0]).toBe(people.ideal);
  });

  it('when the place is not indexed yet, then proposals read the flag from MongoDB and still block', async () => {
    const { organisationId, client, contractId } = await contractorWithContract(app, region);
    const place = await openCleaningPlace(client, contractId);
    await flagDisplacement(consultant, organisationId);
    await app.syncSearch();
    // As if the index had lost the place (a change not indexed yet): proposals fall back to MongoDB.
    await app.search.remove('places', [place.id]);
    expect((await propose(consultant, place.id)).body).toMatchObject({
      data: [],
      blockedBy: ['displacement_unconfirmed'],
    });
  });

  it('when the contractor carries no flag, then there is nothing to confirm (422)', async () => {
    const current = await consultant.get(`/api/places/${placeId}`);
    const res = await consultant.post(`/api/places/${placeId}/displacement-confirmation`, {
      version: current.body.data.version,
      note: 'Dit is extra werk, geen vervanging',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0].code).toBe('not_flagged');
  });
});
