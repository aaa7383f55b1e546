import { buildCandidateInput } from '@kansplek/seed';
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

const yearsAgo = (years: number, days = 0) => {
  const today = new Date();
  const date = new Date(
    Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate() + days),
  );
  return date.toISOString().slice(0, 10);
};

describe('date of birth (for the valuation of 50+ and 55+)', () => {
  it('when a candidate with birth and benefit dates is indexed, then the candidates index holds neither', async () => {
    const created = await registerCandidate(desk.consultant, {
      birthDate: '1968-03-14',
      benefitSince: '2024-01-01',
    });
    await app.syncSearch();
    const indexed = await app.search.get('candidates', created.id);
    expect(indexed).toMatchObject({ id: created.id });
    expect(indexed).not.toHaveProperty('birthDate');
    expect(indexed).not.toHaveProperty('benefitSince');
  });

  it('when a consultant records it, then consultants read it among the sensitive fields and it is in the export', async () => {
    const created = await registerCandidate(desk.consultant, { birthDate: '1968-03-14' });
    const res = await desk.consultant.get(`/api/candidates/${created.id}`);
    expect(res.body.data.sensitive.birthDate).toBe('1968-03-14');
    const exported = await desk.consultant.get(`/api/candidates/${created.id}/export`);
    expect(exported.body.candidate.sensitive.birthDate).toBe('1968-03-14');
  });

  it('when the candidate reads their own profile, then it holds no sensitive fields, as before', async () => {
    const created = await registerCandidate(desk.consultant, { birthDate: '1968-03-14' });
    const { client } = await signInAsCandidate(app, desk.consultant, created.id);
    const own = await client.get('/api/me/candidate');
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).not.toContain('1968-03-14');
  });

  it.each([
    ['in the future', yearsAgo(-1)],
    ['of someone under 15', yearsAgo(15, 1)],
    ['before 1900', '1899-12-31'],
    ['not a date', '14-03-1968'],
  ])('when the date is %s, then 400 names the field', async (_case, birthDate) => {
    const res = await desk.consultant.post('/api/candidates', buildCandidateInput({ birthDate }));
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain('body.birthDate');
  });

  it('when someone turns 15 today, then the date is accepted', async () => {
    const created = await registerCandidate(desk.consultant, { birthDate: yearsAgo(15) });
    expect((await CandidateModel.findById(created.id).lean())!.birthDate).toBe(yearsAgo(15));
  });

  it('when the candidate is erased, then the date of birth is gone', async () => {
    const created = await registerCandidate(desk.consultant, { birthDate: '1968-03-14' });
    const current = await desk.consultant.get(`/api/candidates/${created.id}`);
    const erased = await desk.consultant.delete(`/api/candidates/${created.id}`, {
      version: current.body.data.version,
    });
    expect(erased.status).toBeLessThan(300);
    expect((await CandidateModel.findById(created.id).lean())!.birthDate).toBeNull();
  });
});
