import { AuditEntryModel } from '../audit/audit.model';
import { startTestApp, type TestApp } from '../test/test-app';
import { UserModel } from '../users/users.model';
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

describe('a candidate account', () => {
  it('when a consultant creates an account, then a one-time link comes back and the profile is linked', async () => {
    const created = await registerCandidate(desk.consultant);
    const res = await desk.consultant.post(`/api/candidates/${created.id}/account`, { version: 0 });
    expect(res.status).toBe(201);
    expect(res.body.data.user).toMatchObject({ role: 'candidate', status: 'invited', email: created.email });
    expect(res.body.data.inviteUrl).toMatch(/\/wachtwoord-instellen\?token=[\w-]{43}$/);
    const stored = await CandidateModel.findById(created.id).lean();
    expect(String(stored!.userId)).toBe(res.body.data.user.id);
    expect(stored).toMatchObject({ version: 1, searchVersion: 2 });
    const detail = await desk.consultant.get(`/api/candidates/${created.id}`);
    expect(detail.body.data.account).toEqual({ userId: res.body.data.user.id, status: 'invited' });
  });

  it('when the candidate already has an account, then 409 and no second user is made', async () => {
    const created = await registerCandidate(desk.consultant);
    await desk.consultant.post(`/api/candidates/${created.id}/account`, { version: 0 });
    const users = await UserModel.countDocuments({ role: 'candidate' });
    const again = await desk.consultant.post(`/api/candidates/${created.id}/account`, { version: 1 });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('conflict');
    expect(await UserModel.countDocuments({ role: 'candidate' })).toBe(users);
  });

  it('when the version is stale, then 409 stale_version and no user is made', async () => {
    const created = await registerCandidate(desk.consultant);
    await desk.consultant.patch(`/api/candidates/${created.id}`, { version: 0, phone: '06 12345678' });
    const users = await UserModel.countDocuments();
    const res = await desk.consultant.post(`/api/candidates/${created.id}/account`, { version: 0 });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('stale_version');
    expect(await UserModel.countDocuments()).toBe(users);
  });

  it('when the profile has no e-mail address, then 422 naming email', async () => {
    const created = await registerCandidate(desk.consultant, { email: null });
    const res = await desk.consultant.post(`/api/candidates/${created.id}/account`, { version: 0 });
    expect(res.status).toBe(422);
    expect(issuePaths(res.body)).toEqual(['email']);
  });
});

describe('the candidate’s own profile', () => {
  it('when the candidate reads their profile, then they see it without the sensitive fields and nothing is audited', async () => {
    const created = await registerCandidate(desk.consultant, { supportNote: 'Schuldhulpverlening loopt' });
    const { client } = await signInAsCandidate(app, desk.consultant, created.id);
    const before = await AuditEntryModel.countDocuments({ candidateId: created.id });
    const res = await client.get('/api/me/candidate');
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: created.id, firstName: created.firstName });
    const text = JSON.stringify(res.body);
    for (const hidden of [
      'sensitive',
      'targetGroups',
      'benefit',
      'supportNeeds',
      'supportNote',
      'Schuldhulp',
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(await AuditEntryModel.countDocuments({ candidateId: created.id })).toBe(before);
  });

  it('when the candidate changes preferences, availability and hours, then those are stored', async () => {
    const created = await registerCandidate(desk.consultant);
    const { client } = await signInAsCandidate(app, desk.consultant, created.id);
    const current = (await client.get('/api/me/candidate')).body.data;
    const res = await client.patch('/api/me/candidate', {
      version: current.version,
      hoursWanted: { min: 12, max: 20 },
      availableFrom: '2026-09-01',
      travel: { maxKm: 15, mode: 'public_transport' },
      preferredSectors: ['logistics', 'catering'],
      preferredPlaceKinds: ['internship'],
    });
    expect(res.status).toBe(200);
    const stored = await CandidateModel.findById(created.id).lean();
    expect(stored).toMatchObject({
      hoursWanted: { min: 12, max: 20 },
      availableFrom: '2026-09-01',
      travel: { maxKm: 15, mode: 'public_transport' },
      preferredSectors: ['logistics', 'catering'],
      preferredPlaceKinds: ['internship'],
      firstName: created.firstName,
      searchVersion: current.version + 2,
    });
  });

  it.each([
    [{ firstName: 'Anders' }, 'body'],
    [{ targetGroups: [] }, 'body'],
    [{ status: 'inactive' }, 'body'],
    [{ consent: { matching: { given: true } } }, 'body'],
    [{ hoursWanted: { min: 30, max: 10 } }, 'body.hoursWanted.min'],
    [{ availableFrom: 'morgen' }, 'body.availableFrom'],
  ])('when the candidate sends %j, then 400 naming %s and nothing changes', async (changes, path) => {
    const created = await registerCandidate(desk.consultant);
    const { client } = await signInAsCandidate(app, desk.consultant, created.id);
    const before = await CandidateModel.findById(created.id).lean();
    const res = await client.patch('/api/me/candidate', { version: before!.version, ...changes });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain(path);
    if (path === 'body') {
      expect(res.body.error.details.issues[0].message).toContain(Object.keys(changes)[0]);
    }
    expect((await CandidateModel.findById(created.id).lean())!.version).toBe(before!.version);
  });

  it('when a candidate tries the consultant endpoints, then 403; another candidate’s data never shows', async () => {
    const mine = await registerCandidate(desk.consultant);
    // A surname no faker-made name (e.g. the consultant's) can contain.
    const theirs = await registerCandidate(desk.consultant, { lastName: 'Zwaluwstaart-Andermans' });
    const { client } = await signInAsCandidate(app, desk.consultant, mine.id);
    expect((await client.get(`/api/candidates/${theirs.id}`)).status).toBe(403);
    expect((await client.get('/api/candidates')).status).toBe(403);
    expect(
      (await client.patch(`/api/candidates/${theirs.id}`, { version: 0, phone: '06 99999999' })).status,
    ).toBe(403);
    const own = await client.get('/api/me/candidate');
    expect(own.body.data.id).toBe(mine.id);
    expect(JSON.stringify(own.body)).not.toContain('Zwaluwstaart-Andermans');
    expect(JSON.stringify(own.body)).not.toContain(theirs.id);
  });

  it('when a candidate user has no profile linked, then 404', async () => {
    const loose = await app.signIn(await app.createUser({ role: 'candidate' }));
    expect((await loose.get('/api/me/candidate')).status).toBe(404);
    expect((await loose.patch('/api/me/candidate', { version: 0, availableFrom: '2026-09-01' })).status).toBe(
      404,
    );
  });

  it('when the candidate saves an old version, then 409 and the newer values stay', async () => {
    const created = await registerCandidate(desk.consultant);
    const { client } = await signInAsCandidate(app, desk.consultant, created.id);
    const { version } = (await client.get('/api/me/candidate')).body.data;
    await desk.consultant.patch(`/api/candidates/${created.id}`, {
      version,
      hoursWanted: { min: 8, max: 8 },
    });
    const stale = await client.patch('/api/me/candidate', { version, hoursWanted: { min: 36, max: 40 } });
    expect(stale.status).toBe(409);
    expect((await CandidateModel.findById(created.id).lean())!.hoursWanted).toMatchObject({ min: 8, max: 8 });
  });
});
