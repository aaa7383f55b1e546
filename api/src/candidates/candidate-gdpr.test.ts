import mongoose from 'mongoose';
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
import { registerCandidateExportSection } from './export-candidate';

let app: TestApp;
let desk: RegionDesk;
beforeAll(async () => {
  app = await startTestApp();
  desk = await openRegionDesk(app);
});
afterAll(() => app.stop());

describe('data export (inzageverzoek)', () => {
  it('when a consultant exports a candidate, then everything comes as a download, without secrets, and it is audited', async () => {
    const created = await registerCandidate(desk.consultant, { supportNote: 'Taalcursus loopt' });
    await desk.consultant.put(`/api/candidates/${created.id}/consent`, {
      kind: 'matching',
      given: true,
      version: 0,
    });
    const { userId } = await signInAsCandidate(app, desk.consultant, created.id);

    const res = await desk.consultant.get(`/api/candidates/${created.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="kansplek-gegevens-${created.id}.json"`,
    );
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body.candidate).toMatchObject({
      id: created.id,
      sensitive: { supportNote: 'Taalcursus loopt' },
      consentHistory: [{ kind: 'matching', given: true }],
    });
    expect(res.body.account).toMatchObject({ id: userId, role: 'candidate', status: 'active' });
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|inviteTokenHash|searchVersion/);
    const actions = res.body.auditLog.map((e: { action: string }) => e.action);
    expect(actions).toContain('read_sensitive');
    expect(actions[0]).toBe('export');
    expect(
      await AuditEntryModel.countDocuments({
        candidateId: created.id,
        action: 'export',
        actorId: desk.consultantUser.id,
      }),
    ).toBe(1);
  });

  it('when another module registers an export section, then its data is part of the export', async () => {
    const created = await registerCandidate(desk.consultant);
    const asked: string[] = [];
    registerCandidateExportSection('matches', async (candidateId) => {
      asked.push(candidateId);
      return [{ place: 'Schoonmaker Rijnstate', stage: 'proposed' }];
    });
    const res = await desk.consultant.get(`/api/candidates/${created.id}/export`);
    expect(asked).toEqual([created.id]);
    expect(res.body.related.matches).toEqual([{ place: 'Schoonmaker Rijnstate', stage: 'proposed' }]);
  });

  it('when a candidate downloads their own data, then it is their own, complete, and audited as an export', async () => {
    const created = await registerCandidate(desk.consultant);
    const other = await registerCandidate(desk.consultant);
    const { client, userId } = await signInAsCandidate(app, desk.consultant, created.id);
    const res = await client.get('/api/me/candidate/export');
    expect(res.status).toBe(200);
    expect(res.body.candidate.id).toBe(created.id);
    expect(res.body.candidate.sensitive).toBeDefined();
    expect(JSON.stringify(res.body)).not.toContain(other.id);
    const entry = await AuditEntryModel.findOne({ candidateId: created.id, action: 'export' }).lean();
    expect(String(entry!.actorId)).toBe(userId);
  });

  it('when a consultant of another region asks for an export, then 404', async () => {
    const created = await registerCandidate(desk.consultant);
    const other = await openRegionDesk(app);
    expect((await other.consultant.get(`/api/candidates/${created.id}/export`)).status).toBe(404);
    expect(await AuditEntryModel.countDocuments({ candidateId: created.id, action: 'export' })).toBe(0);
  });
});

describe('erasure (recht op vergetelheid)', () => {
  it('when a consultant erases a candidate, then only the anonymised record stays and the account is gone', async () => {
    const created = await registerCandidate(desk.consultant, {
      targetGroups: ['status_holder'],
      benefitType: 'participatiewet',
      benefitSince: '2024-03-01',
      address: { postcode: '6811 AB', street: 'Jansstraat', houseNumber: '4' },
    });
    const { client, userId } = await signInAsCandidate(app, desk.consultant, created.id);
    const before = await CandidateModel.findById(created.id).lean();
    expect(
      await mongoose.connection.collection('sessions').countDocuments({ 'session.userId': userId }),
    ).toBe(1);

    const res = await desk.consultant.delete(`/api/candidates/${created.id}`, { version: before!.version });
    expect(res.status).toBe(200);

    const stored = await CandidateModel.findById(created.id).lean();
    expect(stored).toMatchObject({
      firstName: null,
      lastName: null,
      fullName: null,
      sortName: null,
      email: null,
      phone: null,
      address: null,
      skills: [],
      occupations: [],
      workExperience: [],
      education: [],
      cvSummary: null,
      supportNote: null,
      supportNeeds: [],
      consentHistory: [],
      // What SROI statistics need stays.
      municipalityCode: 'GM0202',
      targetGroups: ['status_holder'],
      benefitType: 'participatiewet',
      benefitSince: '2024-03-01',
      status: 'active',
      waitingSince: before!.waitingSince,
      erasedAt: expect.any(Date),
      searchVersion: before!.searchVersion + 1,
    });
    expect(String(stored!.regionId)).toBe(desk.region.regionId);
    expect(JSON.stringify(stored)).not.toContain(String(created.lastName));

    const account = await UserModel.findById(userId).lean();
    expect(account).toMatchObject({ status: 'disabled', passwordHash: null });
    expect(account!.email).not.toBe(created.email);
    expect(account!.name).not.toContain(String(created.lastName));
    expect(
      await mongoose.connection.collection('sessions').countDocuments({ 'session.userId': userId }),
    ).toBe(0);
    expect((await client.get('/api/me')).status).toBe(401);

    expect((await desk.consultant.get(`/api/candidates/${created.id}`)).status).toBe(404);
    const list = await desk.consultant.get('/api/candidates?limit=100');
    expect(list.body.data.map((c: { id: string }) => c.id)).not.toContain(created.id);
    expect(await AuditEntryModel.countDocuments({ candidateId: created.id, action: 'erase' })).toBe(1);
  });

  it('when the version is stale, then 409 and nothing is erased', async () => {
    const created = await registerCandidate(desk.consultant);
    await desk.consultant.patch(`/api/candidates/${created.id}`, { version: 0, phone: '06 12121212' });
    const res = await desk.consultant.delete(`/api/candidates/${created.id}`, { version: 0 });
    expect(res.status).toBe(409);
    const stored = await CandidateModel.findById(created.id).lean();
    expect(stored).toMatchObject({ firstName: created.firstName, erasedAt: null });
  });

  it('when no version is sent, then 400 naming body.version', async () => {
    const created = await registerCandidate(desk.consultant);
    const res = await desk.consultant.delete(`/api/candidates/${created.id}`);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain('body.version');
  });

  it('when a consultant of another region erases, then 404 and the profile stays', async () => {
    const created = await registerCandidate(desk.consultant);
    const other = await openRegionDesk(app);
    expect((await other.consultant.delete(`/api/candidates/${created.id}`, { version: 0 })).status).toBe(404);
    expect((await CandidateModel.findById(created.id).lean())!.erasedAt).toBeNull();
  });
});
