import { signInAsCandidate } from '../candidates/candidates.test-support';
import { openCleaningPlace, registerMatchable } from './proposals/proposals.test-support';
import { createPlaceIn } from '../places/place-fixtures';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { openPipelineDesk } from './matches.test-support';

let app: TestApp;
let consultant: ApiClient;
let contractor: ApiClient;
let contractId: string;

beforeAll(async () => {
  app = await startTestApp();
  ({ consultant, contractor, contractId } = await openPipelineDesk(app));
});
afterAll(() => app.stop());

describe("a candidate's interest in a place", () => {
  it('when a candidate is interested, then the consultant is told and gets a proposed match with the score; a second time is 409', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const candidateId = await registerMatchable(consultant);
    const { client: candidate } = await signInAsCandidate(app, consultant, candidateId);

    const res = await candidate.post(`/api/places/${place.id}/interest`, {});
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      stage: 'proposed',
      source: 'interest',
      score: { reasons: expect.any(Array) },
      nextStages: ['withdrawn'],
    });
    const told = await consultant.get('/api/notifications');
    expect(told.body.data[0]).toMatchObject({
      kind: 'interest_expressed',
      link: `/matches/${res.body.data.id}`,
    });
    const forConsultant = await consultant.get(`/api/matches/${res.body.data.id}`);
    expect(forConsultant.body.data.nextStages).toEqual(['shortlisted', 'declined']);
    expect((await candidate.get('/api/matches')).body.data.map((m: { id: string }) => m.id)).toEqual([
      res.body.data.id,
    ]);
    // The contractor learns nothing before an introduction.
    expect((await contractor.get(`/api/matches/${res.body.data.id}`)).status).toBe(404);
    expect((await contractor.get('/api/notifications')).body.data).toEqual([]);

    const again = await candidate.post(`/api/places/${place.id}/interest`, {});
    expect(again.status).toBe(409);
  });

  it('when the place is not open or not in the region, then 404; consultants and contractors cannot use it', async () => {
    const draft = await createPlaceIn(contractor, 'draft', { contractId });
    const candidateId = await registerMatchable(consultant);
    const { client: candidate } = await signInAsCandidate(app, consultant, candidateId);
    expect((await candidate.post(`/api/places/${draft.id}/interest`, {})).status).toBe(404);
    const open = await openCleaningPlace(contractor, contractId);
    expect((await consultant.post(`/api/places/${open.id}/interest`, {})).status).toBe(403);
    expect((await contractor.post(`/api/places/${open.id}/interest`, {})).status).toBe(403);
  });
});
