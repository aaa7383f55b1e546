import { CandidateModel } from './candidates.model';
import { buildCandidateInput } from '@kansplek/seed';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { backdateWait } from './candidates.test-support';

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  region = await app.createRegion();
  consultant = await app.signIn(
    await app.createUser({ role: 'consultant', organisationId: region.servicePointId }),
  );
  const people = [
    {
      firstName: 'Anna',
      lastName: 'Schoonhoven',
      skills: ['schoonmaken', 'glazenwassen'],
      drivingLicence: false,
    },
    { firstName: 'Bram', lastName: 'de Wit', skills: ['beveiliging', 'bhv'], drivingLicence: true },
    {
      firstName: 'Chantal',
      lastName: 'Visser',
      skills: ['koken', 'afwassen'],
      drivingLicence: false,
      occupations: [{ iscoCode: '5120', label: 'Pizzabakker' }],
      // Sensitive, and not searched: no suggestion may show them.
      targetGroups: ['participatiewet'],
      supportNote: 'Hulp bij schuldsanering',
    },
  ];
  for (const p of people) {
    const res = await consultant.post(
      '/api/candidates',
      buildCandidateInput({ ...p, address: { postcode: '6811 AB' } }),
    );
    expect(res.status).toBe(201);
  }
  await app.syncSearch();
});
afterAll(() => app.stop());

describe('searching candidates', () => {
  it('when a skill is typed with a typo, then the candidate is found with the matched words marked', async () => {
    const res = await consultant.get('/api/candidates/search?q=schoonmaakn');
    expect(res.status).toBe(200);
    expect(res.body.data.map((h: { fullName: string }) => h.fullName)).toEqual(['Anna Schoonhoven']);
    const marked = res.body.data[0].highlights.skills.filter((s: { match: boolean }) => s.match);
    expect(marked.map((s: { text: string }) => s.text)).toContain('schoonmaken');
    // A field without a matched word is left out; the client shows its own text.
    expect(Object.keys(res.body.data[0].highlights)).toEqual(['skills']);
  });

  it('when a name is typed half, then prefixes match (search as you type)', async () => {
    const res = await consultant.get('/api/candidates/search?q=chan');
    expect(res.body.data.map((h: { fullName: string }) => h.fullName)).toEqual(['Chantal Visser']);
  });

  it('when a facet filter is given, then only matching candidates come back, with counts per facet', async () => {
    const res = await consultant.get('/api/candidates/search?drivingLicence=true');
    expect(res.body.data.map((h: { fullName: string }) => h.fullName)).toEqual(['Bram de Wit']);
    const all = await consultant.get('/api/candidates/search');
    expect(all.body.page.total).toBe(3);
    expect(all.body.facets.drivingLicence).toEqual({ true: 1, false: 2 });
    expect(all.body.data[0]).not.toHaveProperty('targetGroups');
  });

  it('when a name is typed with more typos than search forgives, then the region’s own word is suggested and finds the candidate', async () => {
    const res = await consultant.get('/api/candidates/search?q=Vsisre');
    expect(res.status).toBe(200);
    expect(res.body.page.total).toBe(0);
    expect(res.body.suggestions).toEqual(['visser']);
    const followed = await consultant.get(`/api/candidates/search?q=${res.body.suggestions[0]}`);
    expect(followed.body.data.map((h: { fullName: string }) => h.fullName)).toEqual(['Chantal Visser']);
    // Found something: no suggestions.
    expect(followed.body).not.toHaveProperty('suggestions');
  });

  it('when a consultant of another region misspells these names, or anyone a sensitive word, then nothing of them is suggested', async () => {
    const other = await app.createRegion();
    const outsider = await app.signIn(
      await app.createUser({ role: 'consultant', organisationId: other.servicePointId }),
    );
    const res = await outsider.get('/api/candidates/search?q=Vsisre');
    expect(res.body).toMatchObject({ page: { total: 0 }, suggestions: [] });
    for (const q of ['particpatiewt', 'schuldsaneirng']) {
      const sensitive = await consultant.get(`/api/candidates/search?q=${q}`);
      expect(sensitive.body).toMatchObject({ page: { total: 0 }, suggestions: [] });
    }
  });

  it('when a consultant of another region searches, then none of these candidates appear', async () => {
    const other = await app.createRegion();
    const outsider = await app.signIn(
      await app.createUser({ role: 'consultant', organisationId: other.servicePointId }),
    );
    const res = await outsider.get('/api/candidates/search?q=anna');
    expect(res.status).toBe(200);
    expect(res.body.page.total).toBe(0);
  });

  it('when asked for one consultant’s candidates or the longest waiting first, then that is what comes', async () => {
    const me = await consultant.get('/api/me');
    const mine = await consultant.get(`/api/candidates/search?consultantId=${me.body.data.id}`);
    expect(mine.body.page.total).toBe(3);
    const someoneElse = await consultant.get('/api/candidates/search?consultantId=665f1c2ab5c0f1a2b3c4d5e6');
    expect(someoneElse.body.page.total).toBe(0);
    const stored = await CandidateModel.find({ regionId: region.regionId }).lean();
    const bram = stored.find((c) => c.firstName === 'Bram')!;
    await backdateWait(bram._id, '2023-01-01');
    await app.syncSearch();
    const waiting = await consultant.get('/api/candidates/search?sort=waiting');
    expect(waiting.body.data[0].fullName).toBe('Bram de Wit');
  });

  it('when an occupation matches, then it is marked too', async () => {
    const res = await consultant.get('/api/candidates/search?q=pizzabakker');
    expect(res.body.data.map((h: { fullName: string }) => h.fullName)).toEqual(['Chantal Visser']);
    expect(res.body.data.length).toBeGreaterThan(0);
    const segments = res.body.data[0].highlights.occupationLabels as Array<{ match: boolean }>;
    expect(segments.some((s) => s.match)).toBe(true);
  });

  it('when the query is malformed, then 400 naming the field', async () => {
    const res = await consultant.get('/api/candidates/search?minDutchLevel=D9');
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('query.minDutchLevel');
  });
});
