import { placeFixtures } from '../../places/place-fixtures';
import type { ApiClient } from '../../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../../test/test-app';
import { MatchModel } from '../matches.model';
import { contractorWithContract, openCleaningPlace, registerMatchable } from './proposals.test-support';

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
let contractor: ApiClient;
let contractId: string;

const proposedIds = async (placeId: string) =>
  (
    (await consultant.post(`/api/places/${placeId}/proposals`, {})).body.data as Array<{
      candidate: { id: string };
    }>
  ).map((p) => p.candidate.id);

beforeAll(async () => {
  app = await startTestApp();
  region = await app.createRegion();
  consultant = await placeFixtures(app).signInConsultant(region);
  ({ client: contractor, contractId } = await contractorWithContract(app, region));
});
afterAll(() => app.stop());

describe('reviewing proposals', () => {
  it('when a consultant shortlists one and dismisses another, then neither is proposed again for that place', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const a = await registerMatchable(consultant);
    const b = await registerMatchable(consultant);
    await app.syncSearch();
    expect((await proposedIds(place.id)).sort()).toEqual([a, b].sort());

    const shortlisted = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: a,
      action: 'shortlist',
    });
    expect(shortlisted.status).toBe(201);
    expect(shortlisted.body.data).toMatchObject({
      stage: 'shortlisted',
      source: 'proposal',
      overriddenConstraints: [],
      score: { reasons: expect.any(Array) },
      timeline: [{ stage: 'shortlisted', by: { name: expect.any(String) } }],
    });
    const dismissed = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: b,
      action: 'dismiss',
      reason: 'not_interested',
    });
    expect(dismissed.body.data).toMatchObject({
      stage: 'declined',
      dismissal: { reason: 'not_interested', note: '' },
    });
    const again = await consultant.post(`/api/places/${place.id}/proposals`, {});
    expect(again.body.data).toEqual([]);
    expect(again.body.excludedExisting).toBe(2);

    // A dismissal for one place says nothing about another.
    const other = await openCleaningPlace(contractor, contractId);
    await app.syncSearch();
    expect(await proposedIds(other.id)).toContain(b);

    const list = await consultant.get(`/api/places/${place.id}/matches`);
    expect(list.body.page.total).toBe(2);
    const declined = await consultant.get(`/api/places/${place.id}/matches?stage=declined`);
    expect(declined.body.data.map((m: { candidate: { id: string } }) => m.candidate.id)).toEqual([b]);
  });

  it('when dismissing without a reason, or "other" without a note, then 400 on that field and nothing stored', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const a = await registerMatchable(consultant);
    const noReason = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: a,
      action: 'dismiss',
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details.issues[0].path).toBe('body.reason');
    const noNote = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: a,
      action: 'dismiss',
      reason: 'other',
    });
    expect(noNote.body.error.details.issues[0].path).toBe('body.note');
    expect(await MatchModel.countDocuments({ candidateId: a })).toBe(0);
  });

  it('when a consultant adds a candidate by hand who fails a constraint, then it is stored with the override named', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const fewHours = await registerMatchable(consultant, { hoursWanted: { min: 8, max: 12 } });
    await app.syncSearch();
    expect(await proposedIds(place.id)).not.toContain(fewHours);
    const res = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: fewHours,
      action: 'shortlist',
      source: 'manual',
      note: 'Wil meer uren gaan werken',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      source: 'manual',
      overriddenConstraints: ['hours_do_not_overlap'],
    });
  });

  it('when a hand-added candidate has not consented to matching, then 422 and nothing is stored', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const silent = await registerMatchable(consultant, {}, false);
    const res = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: silent,
      action: 'shortlist',
      source: 'manual',
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0]).toMatchObject({ path: 'body.candidateId', code: 'no_consent' });
    expect(await MatchModel.countDocuments({ candidateId: silent })).toBe(0);
  });

  it('when two consultants act on the same pair at once, then one succeeds and the other gets 409', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const a = await registerMatchable(consultant);
    const colleague = await placeFixtures(app).signInConsultant(region);
    const results = await Promise.all([
      consultant.post(`/api/places/${place.id}/matches`, { candidateId: a, action: 'shortlist' }),
      colleague.post(`/api/places/${place.id}/matches`, {
        candidateId: a,
        action: 'dismiss',
        reason: 'too_far',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(await MatchModel.countDocuments({ candidateId: a })).toBe(1);
  });

  it('when a shortlisted match is dismissed later, then it needs the current version and a reason', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const a = await registerMatchable(consultant);
    const created = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: a,
      action: 'shortlist',
    });
    const id = created.body.data.id;
    const stale = await consultant.post(`/api/matches/${id}/dismiss`, {
      version: 5,
      reason: 'not_available',
    });
    expect(stale.status).toBe(409);
    const ok = await consultant.post(`/api/matches/${id}/dismiss`, {
      version: 0,
      reason: 'other',
      note: 'Heeft elders werk gevonden',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ stage: 'declined', version: 1 });
    expect(ok.body.data.timeline.map((t: { stage: string }) => t.stage)).toEqual(['shortlisted', 'declined']);
    const twice = await consultant.post(`/api/matches/${id}/dismiss`, {
      version: 1,
      reason: 'not_available',
    });
    expect(twice.status).toBe(422);
  });

  it('when a consultant of another region tries, then the place and the match do not exist for them', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const a = await registerMatchable(consultant);
    const created = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: a,
      action: 'shortlist',
    });
    const outsider = await placeFixtures(app).signInConsultant(await app.createRegion());
    expect((await outsider.get(`/api/places/${place.id}/matches`)).status).toBe(404);
    expect(
      (await outsider.post(`/api/matches/${created.body.data.id}/dismiss`, { version: 0, reason: 'too_far' }))
        .status,
    ).toBe(404);
    expect(
      (await outsider.post(`/api/places/${place.id}/matches`, { candidateId: a, action: 'shortlist' }))
        .status,
    ).toBe(404);
  });

  it('when the place is closed, then no candidate can be added (422)', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const a = await registerMatchable(consultant);
    const closed = await contractor.post(`/api/places/${place.id}/transitions`, {
      to: 'closed',
      version: place.version,
    });
    expect(closed.status).toBe(200);
    // Adding a candidate reads the place from MongoDB: refused at once.
    const res = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: a,
      action: 'shortlist',
    });
    expect(res.status).toBe(422);
    // Proposals read the place from the places index, which follows MongoDB by a sync round.
    await app.syncSearch();
    const proposals = await consultant.post(`/api/places/${place.id}/proposals`, {});
    expect(proposals.body.blockedBy).toEqual(['place_not_open']);
  });
});

describe('matches and the candidate’s privacy rights', () => {
  it('when a candidate’s data is exported, then their matches are in it; when erased, the notes and reasons go', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const a = await registerMatchable(consultant);
    await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId: a,
      action: 'dismiss',
      reason: 'other',
      note: 'Zorgt voor haar moeder op dinsdag',
    });
    const exported = await consultant.get(`/api/candidates/${a}/export`);
    expect(exported.status).toBe(200);
    expect(exported.body.related.matches).toEqual([
      expect.objectContaining({
        place: { id: place.id, title: 'Schoonmaker kantoren' },
        stage: 'declined',
        dismissal: { reason: 'other', note: 'Zorgt voor haar moeder op dinsdag' },
      }),
    ]);
    const current = await consultant.get(`/api/candidates/${a}`);
    const erased = await consultant.delete(`/api/candidates/${a}`, {
      version: current.body.data.version,
    });
    expect(erased.status).toBe(200);
    const stored = await MatchModel.findOne({ candidateId: a }).lean();
    expect(stored).toMatchObject({
      stage: 'declined',
      score: null,
      dismissal: { reason: 'other', note: '' },
    });
    expect(JSON.stringify(stored)).not.toContain('moeder');
  });
});
