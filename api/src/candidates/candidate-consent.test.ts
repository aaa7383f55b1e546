import { startTestApp, type TestApp } from '../test/test-app';
import { CandidateModel } from './candidates.model';
import {
  issuePaths,
  openRegionDesk,
  registerCandidate,
  signInAsCandidate,
  type RegionDesk,
} from './candidates.test-support';

let app: TestApp;
let desk: RegionDesk;
beforeAll(async () => {
  app = await startTestApp();
  desk = await openRegionDesk(app);
});
afterAll(() => app.stop());

describe('consent', () => {
  it('when a consultant records consent given in person, then it shows date, who and inPerson', async () => {
    const created = await registerCandidate(desk.consultant);
    const res = await desk.consultant.put(`/api/candidates/${created.id}/consent`, {
      kind: 'matching',
      given: true,
      version: 0,
    });
    expect(res.status).toBe(200);
    expect(res.body.data.consent.matching).toMatchObject({
      given: true,
      at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      by: { id: desk.consultantUser.id, role: 'consultant' },
      inPerson: true,
    });
    expect(res.body.data.consent.sharing.given).toBe(false);
    expect(res.body.data.consentHistory).toHaveLength(1);
    const stored = await CandidateModel.findById(created.id).lean();
    expect(stored).toMatchObject({ version: 1, searchVersion: 2, consent: { matching: { given: true } } });
  });

  it('when the candidate withdraws consent, then the next read shows it withdrawn and the history keeps both', async () => {
    const created = await registerCandidate(desk.consultant);
    await desk.consultant.put(`/api/candidates/${created.id}/consent`, {
      kind: 'sharing',
      given: true,
      version: 0,
    });
    const { client, userId } = await signInAsCandidate(app, desk.consultant, created.id);
    const own = (await client.get('/api/me/candidate')).body.data;
    expect(own.consent.sharing.given).toBe(true);
    const searchVersionBefore = (await CandidateModel.findById(created.id).lean())!.searchVersion;

    const withdrawn = await client.put('/api/me/candidate/consent', {
      kind: 'sharing',
      given: false,
      version: own.version,
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.data.consent.sharing).toMatchObject({
      given: false,
      inPerson: false,
      by: { id: userId },
    });

    expect((await client.get('/api/me/candidate')).body.data.consent.sharing.given).toBe(false);
    const detail = (await desk.consultant.get(`/api/candidates/${created.id}`)).body.data;
    expect(detail.consent.sharing).toMatchObject({ given: false, by: { id: userId, role: 'candidate' } });
    expect(
      detail.consentHistory.map((c: { given: boolean; inPerson: boolean }) => [c.given, c.inPerson]),
    ).toEqual([
      [true, true],
      [false, false],
    ]);
    // Withdrawal takes effect at once: the search sync sees the change in the same update.
    expect((await CandidateModel.findById(created.id).lean())!.searchVersion).toBe(searchVersionBefore + 1);
  });

  it('when two consent changes race on the same version, then the second gets 409 and the first stands', async () => {
    const created = await registerCandidate(desk.consultant);
    const first = await desk.consultant.put(`/api/candidates/${created.id}/consent`, {
      kind: 'matching',
      given: true,
      version: 0,
    });
    expect(first.status).toBe(200);
    const second = await desk.consultant.put(`/api/candidates/${created.id}/consent`, {
      kind: 'matching',
      given: false,
      version: 0,
    });
    expect(second.status).toBe(409);
    const stored = await CandidateModel.findById(created.id).lean();
    expect(stored!.consent!.matching!.given).toBe(true);
    expect(stored!.consentHistory).toHaveLength(1);
  });

  it.each([
    [{ kind: 'marketing', given: true, version: 0 }, 'body.kind'],
    [{ kind: 'matching', given: 'ja', version: 0 }, 'body.given'],
    [{ kind: 'matching', given: true }, 'body.version'],
    [{ kind: 'matching', given: true, version: 0, inPerson: false }, 'body'],
  ])('when the consent is %j, then 400 naming %s', async (body, path) => {
    const created = await registerCandidate(desk.consultant);
    const res = await desk.consultant.put(`/api/candidates/${created.id}/consent`, body);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain(path);
  });

  it('when a consultant of another region records consent, then 404 and nothing is stored', async () => {
    const created = await registerCandidate(desk.consultant);
    const other = await openRegionDesk(app);
    const res = await other.consultant.put(`/api/candidates/${created.id}/consent`, {
      kind: 'matching',
      given: true,
      version: 0,
    });
    expect(res.status).toBe(404);
    expect((await CandidateModel.findById(created.id).lean())!.consent!.matching!.given).toBe(false);
  });
});
