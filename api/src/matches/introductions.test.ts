import { signInAsCandidate } from '../candidates/candidates.test-support';
import { openCleaningPlace, registerMatchable } from './proposals/proposals.test-support';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';
import { interviewPlan, openPipelineDesk, registerIntroducible } from './matches.test-support';

let app: TestApp;
let consultant: ApiClient;
let contractor: ApiClient;
let contractId: string;
let otherContractor: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  ({ consultant, contractor, contractId, otherContractor } = await openPipelineDesk(app));
});
afterAll(() => app.stop());

/** A shortlisted match for a new candidate (with a portal account) and a new open place. */
async function shortlisted() {
  const place = await openCleaningPlace(contractor, contractId);
  const candidateId = await registerIntroducible(consultant);
  const created = await consultant.post(`/api/places/${place.id}/matches`, {
    candidateId,
    action: 'shortlist',
    source: 'manual',
  });
  expect(created.status).toBe(201);
  const candidate = await signInAsCandidate(app, consultant, candidateId);
  return {
    place,
    candidateId,
    candidate: candidate.client,
    match: created.body.data as { id: string; version: number },
  };
}

const titles = async (client: ApiClient) =>
  ((await client.get('/api/notifications')).body.data as Array<{ kind: string }>).map((n) => n.kind);

describe('introductions and consent', () => {
  it('when the candidate consents in the portal, then the match is introduced and only then the contractor sees it', async () => {
    const { candidate, match, place } = await shortlisted();
    expect((await contractor.get(`/api/matches/${match.id}`)).status).toBe(404);
    expect((await candidate.get(`/api/matches/${match.id}`)).status).toBe(404);
    expect(match).toMatchObject({
      place: { id: place.id, title: 'Schoonmaker kantoren', contractorName: expect.any(String) },
    });

    const asked = await consultant.post(`/api/matches/${match.id}/introduction`, { version: match.version });
    expect(asked.status).toBe(200);
    expect(asked.body.data.timeline.at(-1)).toMatchObject({
      stage: 'shortlisted',
      event: 'introduction_requested',
    });
    expect(asked.body.data.introduction).toMatchObject({
      consent: null,
      requestedBy: { name: expect.any(String) },
    });
    expect(await titles(candidate)).toContain('introduction_requested');
    const mine = await candidate.get('/api/matches');
    expect(mine.body.data.map((m: { id: string }) => m.id)).toEqual([match.id]);
    expect(mine.body.data[0].nextStages).toEqual(['introduced', 'declined']);
    expect((await contractor.get(`/api/matches/${match.id}`)).status).toBe(404);

    const yes = await candidate.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version,
      given: true,
    });
    expect(yes.status).toBe(200);
    expect(yes.body.data).toMatchObject({
      stage: 'introduced',
      introduction: { consent: { given: true, inPerson: false } },
    });
    const seen = await contractor.get(`/api/matches/${match.id}`);
    expect(seen.status).toBe(200);
    // No score (it weighs target groups, support needs and waiting time) and no steps before the consent.
    expect(seen.body.data.score).toBeNull();
    expect(seen.body.data.timeline.map((e: { stage: string }) => e.stage)).toEqual(['introduced']);
    expect((await consultant.get(`/api/matches/${match.id}`)).body.data.timeline).toHaveLength(3);
    expect(seen.body.data.candidate.fullName).toEqual(expect.any(String));
    expect(seen.body.data.nextStages).toEqual(['interview', 'declined']);
    expect(await titles(contractor)).toContain('candidate_put_forward');
    expect(await titles(consultant)).toContain('consent_given');
    expect((await otherContractor.get(`/api/matches/${match.id}`)).status).toBe(404);
    expect((await otherContractor.get('/api/matches')).body.data).toEqual([]);
    expect(await titles(otherContractor)).toEqual([]);
  });

  it('when introduced, then the contractor sees a CV summary without sensitive fields, until sharing consent is withdrawn', async () => {
    const { candidate, candidateId, match } = await shortlisted();
    const asked = await consultant.post(`/api/matches/${match.id}/introduction`, { version: match.version });
    await candidate.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version,
      given: true,
    });
    const seen = (await contractor.get(`/api/matches/${match.id}`)).body.data;
    expect(seen.candidate.cv).toMatchObject({ skills: expect.arrayContaining(['schoonmaken']) });
    const text = JSON.stringify(seen);
    for (const sensitive of ['targetGroups', 'benefitType', 'supportNeeds', 'status_holder']) {
      expect(text).not.toContain(sensitive);
    }
    expect((await consultant.get(`/api/matches/${match.id}`)).body.data.candidate.cv).toBeNull();

    const current = await consultant.get(`/api/candidates/${candidateId}`);
    const withdrawn = await consultant.put(`/api/candidates/${candidateId}/consent`, {
      kind: 'sharing',
      given: false,
      version: current.body.data.version,
    });
    expect(withdrawn.status).toBe(200);
    const after = (await contractor.get(`/api/matches/${match.id}`)).body.data;
    expect(after.candidate).toEqual({ id: candidateId, fullName: '(afgeschermd)', cv: null });
  });

  it('when the candidate says no, then the match is declined by the candidate and the contractor never sees it', async () => {
    const { candidate, match } = await shortlisted();
    const asked = await consultant.post(`/api/matches/${match.id}/introduction`, { version: match.version });
    const no = await candidate.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version,
      given: false,
    });
    expect(no.body.data).toMatchObject({ stage: 'declined', dismissal: { by: 'candidate' }, nextStages: [] });
    expect((await contractor.get(`/api/matches/${match.id}`)).status).toBe(404);
    expect(await titles(consultant)).toContain('consent_declined');
  });

  it('when a consultant records consent given in person, then it is marked so; without inPerson it is refused', async () => {
    const { match } = await shortlisted();
    const asked = await consultant.post(`/api/matches/${match.id}/introduction`, { version: match.version });
    const portal = await consultant.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version,
      given: true,
    });
    expect(portal.status).toBe(400);
    expect(portal.body.error.details.issues[0].path).toBe('body.inPerson');
    const inPerson = await consultant.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version,
      given: true,
      inPerson: true,
    });
    expect(inPerson.body.data).toMatchObject({
      stage: 'introduced',
      introduction: { consent: { inPerson: true } },
    });
  });

  it('when the candidate has not consented to sharing with employers, then no introduction can be asked', async () => {
    const place = await openCleaningPlace(contractor, contractId);
    const candidateId = await registerMatchable(consultant);
    const created = await consultant.post(`/api/places/${place.id}/matches`, {
      candidateId,
      action: 'shortlist',
    });
    const res = await consultant.post(`/api/matches/${created.body.data.id}/introduction`, {
      version: created.body.data.version,
    });
    expect(res.status).toBe(422);
    expect(res.body.error.details.issues[0].code).toBe('no_sharing_consent');
  });

  it('when nobody asked yet, or the answer came already, then consent is refused with 422', async () => {
    const { candidate, match } = await shortlisted();
    const early = await consultant.post(`/api/matches/${match.id}/consent`, {
      version: match.version,
      given: true,
      inPerson: true,
    });
    expect(early.status).toBe(422);
    const asked = await consultant.post(`/api/matches/${match.id}/introduction`, { version: match.version });
    await candidate.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version,
      given: true,
    });
    const twice = await candidate.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version + 1,
      given: false,
    });
    expect(twice.status).toBe(422);
  });
});

describe('moving a match', () => {
  async function introduced() {
    const { candidate, match } = await shortlisted();
    const asked = await consultant.post(`/api/matches/${match.id}/introduction`, { version: match.version });
    const yes = await candidate.post(`/api/matches/${match.id}/consent`, {
      version: asked.body.data.version,
      given: true,
    });
    return { candidate, match: yes.body.data as { id: string; version: number } };
  }

  it('when the contractor invites the candidate for an interview, then the stage moves and the others are told', async () => {
    const { candidate, match } = await introduced();
    const res = await contractor.post(`/api/matches/${match.id}/transitions`, {
      to: 'interview',
      version: match.version,
      interview: interviewPlan(),
      note: 'Neem uw diploma mee',
    });
    expect(res.status).toBe(200);
    expect(res.body.data.stage).toBe('interview');
    expect(res.body.data.timeline.at(-1)).toMatchObject({ stage: 'interview', note: 'Neem uw diploma mee' });
    expect(await titles(candidate)).toContain('interview_planned');
  });

  it('when a move skips a stage or comes from the wrong party, then 422 names the allowed next stages', async () => {
    const { candidate, match } = await introduced();
    const skip = await consultant.post(`/api/matches/${match.id}/transitions`, {
      to: 'shortlisted',
      version: match.version,
    });
    expect(skip.status).toBe(422);
    expect(skip.body.error).toMatchObject({
      code: 'invalid_transition',
      details: { from: 'introduced', allowed: ['interview', 'declined', 'withdrawn'] },
    });
    const byCandidate = await candidate.post(`/api/matches/${match.id}/transitions`, {
      to: 'interview',
      version: match.version,
      interview: interviewPlan(),
    });
    expect(byCandidate.status).toBe(422);
    expect(byCandidate.body.error.details.allowed).toEqual(['declined', 'withdrawn']);
  });

  it('when declining without a reason, then 400 names the reason field', async () => {
    const { match } = await introduced();
    const res = await contractor.post(`/api/matches/${match.id}/transitions`, {
      to: 'declined',
      version: match.version,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues.map((i: { path: string }) => i.path)).toContain('body.reason');
  });

  it('when two parties move the match at the same moment, then one wins and the other gets 409 or 422', async () => {
    const { match } = await introduced();
    const [a, b] = await Promise.all([
      contractor.post(`/api/matches/${match.id}/transitions`, {
        to: 'interview',
        version: match.version,
        interview: interviewPlan(),
      }),
      consultant.post(`/api/matches/${match.id}/transitions`, {
        to: 'declined',
        version: match.version,
        reason: 'not_available',
      }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const now = await consultant.get(`/api/matches/${match.id}`);
    expect(now.body.data.timeline.filter((e: { stage: string }) => e.stage !== 'shortlisted')).toHaveLength(
      2,
    );
  });

  it('when a consultant lists the active matches of the region, then finished ones are left out', async () => {
    const { match } = await introduced();
    const declined = await contractor.post(`/api/matches/${match.id}/transitions`, {
      to: 'declined',
      version: match.version,
      reason: 'not_selected',
    });
    expect(declined.body.data.dismissal).toEqual({ reason: 'not_selected', note: '', by: 'contractor' });
    const active = await consultant.get('/api/matches?active=true&limit=100');
    expect(active.body.data.map((m: { id: string }) => m.id)).not.toContain(match.id);
    const finished = await consultant.get('/api/matches?active=false&limit=100');
    expect(finished.body.data.map((m: { id: string }) => m.id)).toContain(match.id);
    const ofPlace = await consultant.get(`/api/matches?placeId=${declined.body.data.placeId}`);
    expect(ofPlace.body.data.map((m: { id: string }) => m.id)).toEqual([match.id]);
  });
});
