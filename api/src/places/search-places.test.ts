import { registerCandidate, signInAsCandidate } from '../candidates/candidates.test-support';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp, type TestRegion } from '../test/test-app';
import { createPlaceIn, placeFixtures } from './place-fixtures';

let app: TestApp;
let region: TestRegion;
let consultant: ApiClient;
let candidate: ApiClient;
let candidateId: string;
const ids: Record<string, string> = {};

const titles = (body: { data: Array<{ title: string }> }) => body.data.map((hit) => hit.title);

beforeAll(async () => {
  app = await startTestApp();
  const fixtures = placeFixtures(app);
  region = await app.createRegion();
  consultant = await fixtures.signInConsultant(region);
  const { client: contractor } = await fixtures.signInContractor(region);
  const place = (title: string, postcode: string, extra: Record<string, unknown>) => ({
    title,
    location: { street: 'Markt', houseNumber: '1', postcode },
    ...extra,
  });
  // Arnhem centre (home), Huissen (~6 km), Zevenaar (~12 km).
  ids.cleaning = (
    await createPlaceIn(
      contractor,
      'open',
      place('Schoonmaker kantoren', '6811 AB', {
        kind: 'job',
        sector: 'cleaning',
        hours: { min: 24, max: 32 },
      }),
    )
  ).id;
  ids.garden = (
    await createPlaceIn(
      contractor,
      'open',
      place('Medewerker groenonderhoud', '6851 AA', {
        kind: 'work_experience',
        sector: 'green_maintenance',
        hours: { min: 8, max: 16 },
      }),
    )
  ).id;
  ids.warehouse = (
    await createPlaceIn(
      contractor,
      'open',
      place('Orderpicker magazijn', '6901 AA', {
        kind: 'job',
        sector: 'logistics',
        hours: { min: 32, max: 38 },
      }),
    )
  ).id;
  ids.pausedCleaning = (
    await createPlaceIn(contractor, 'paused', place('Schoonmaker scholen', '6811 AB', { sector: 'cleaning' }))
  ).id;
  ids.draftCleaning = (
    await createPlaceIn(
      contractor,
      'draft',
      place('Schoonmaker ziekenhuis', '6811 AB', { sector: 'cleaning' }),
    )
  ).id;
  const profile = await registerCandidate(consultant, {
    address: { street: 'Jansbinnensingel', houseNumber: '10', postcode: '6811 AB' },
  });
  candidateId = profile.id;
  candidate = (await signInAsCandidate(app, consultant, candidateId)).client;
  await app.syncSearch();
});
afterAll(() => app.stop());

describe('searching places', () => {
  it('when a candidate types a misspelt job, then open places are found with the words marked, never drafts or paused ones', async () => {
    const res = await candidate.get('/api/places/search?q=scheonmaker');
    expect(res.status).toBe(200);
    expect(titles(res.body)).toEqual(['Schoonmaker kantoren']);
    const marked = res.body.data[0].highlights.title.filter((s: { match: boolean }) => s.match);
    expect(marked.map((s: { text: string }) => s.text)).toEqual(['Schoonmaker']);
    expect(res.body.data[0].highlights.contractorName).toBeUndefined();
    expect(res.body.data[0]).toMatchObject({ kind: 'job', sector: 'cleaning', hours: { min: 24, max: 32 } });
  });

  it('when a candidate misspells a word beyond what search forgives, then a word of the open places is suggested that finds them', async () => {
    const res = await candidate.get('/api/places/search?q=mgazaijn');
    expect(res.body.data).toEqual([]);
    // The word first; the occupation it begins (Magazijnmedewerker) after it.
    expect(res.body.suggestions[0]).toBe('magazijn');
    const followed = await candidate.get('/api/places/search?q=magazijn');
    expect(titles(followed.body)).toEqual(['Orderpicker magazijn']);
  });

  it('when a word is held only by draft places or beyond the chosen distance, then it is not suggested', async () => {
    // "ziekenhuis" is in a draft's title only: search finds nothing, and says nothing of it.
    const draft = await candidate.get('/api/places/search?q=zeikenhius');
    expect(draft.body).toMatchObject({ data: [], suggestions: [] });
    // The warehouse is ~12 km from home.
    const far = await candidate.get('/api/places/search?q=mgazaijn&maxKm=5');
    expect(far.body).toMatchObject({ data: [], suggestions: [] });
  });

  it('when a candidate filters by distance from home, then nearer places come first with their distance', async () => {
    const res = await candidate.get('/api/places/search?maxKm=8');
    expect(titles(res.body)).toEqual(['Schoonmaker kantoren', 'Medewerker groenonderhoud']);
    expect(res.body.data[0].distanceKm).toBeLessThan(1);
    expect(res.body.data[1].distanceKm).toBeGreaterThan(3);
    const all = await candidate.get('/api/places/search');
    expect(titles(all.body)).toHaveLength(3);
    expect(all.body.data.every((hit: { distanceKm: number }) => typeof hit.distanceKm === 'number')).toBe(
      true,
    );
  });

  it('when kind, sector and hours are chosen, then only matching places come back, with facet counts', async () => {
    const jobs = await candidate.get('/api/places/search?kind=job');
    expect(titles(jobs.body).sort()).toEqual(['Orderpicker magazijn', 'Schoonmaker kantoren']);
    expect(jobs.body.facets.kind).toEqual({ job: 2 });
    const all = await candidate.get('/api/places/search');
    expect(all.body.facets.kind).toEqual({ job: 2, work_experience: 1 });
    expect((await candidate.get('/api/places/search?sector=logistics')).body.page.total).toBe(1);
    // At most 16 hours a week: only places that can start that low.
    expect(titles((await candidate.get('/api/places/search?maxHours=16')).body)).toEqual([
      'Medewerker groenonderhoud',
    ]);
    expect(titles((await candidate.get('/api/places/search?minHours=36')).body)).toEqual([
      'Orderpicker magazijn',
    ]);
  });

  it('when a candidate asks for paused places, then still only open ones come back', async () => {
    const res = await candidate.get('/api/places/search?status=paused&q=schoonmaker');
    expect(titles(res.body)).toEqual(['Schoonmaker kantoren']);
  });

  it('when a consultant measures from one of their candidates, then distances are from that home', async () => {
    const res = await consultant.get(`/api/places/search?candidateId=${candidateId}&maxKm=8`);
    expect(titles(res.body)).toEqual(['Schoonmaker kantoren', 'Medewerker groenonderhoud']);
    const paused = await consultant.get('/api/places/search?status=paused');
    expect(titles(paused.body)).toEqual(['Schoonmaker scholen']);
  });

  it('when a consultant asks for a distance without a candidate, then 400 on maxKm', async () => {
    const res = await consultant.get('/api/places/search?maxKm=5');
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0]).toMatchObject({ path: 'query.maxKm', code: 'needs_home' });
  });

  it('when the candidate belongs to another region, then 404 and nothing is measured', async () => {
    const other = await app.createRegion();
    const outsider = await placeFixtures(app).signInConsultant(other);
    expect((await outsider.get(`/api/places/search?candidateId=${candidateId}`)).status).toBe(404);
    expect((await outsider.get('/api/places/search?q=schoonmaker')).body.page.total).toBe(0);
  });

  it('when a filter is malformed, then 400 naming it', async () => {
    const res = await candidate.get('/api/places/search?kind=castle&maxKm=0');
    expect(res.status).toBe(400);
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['query.kind', 'query.maxKm']);
  });

  it('when results span pages, then each page holds its share and the total is right', async () => {
    const first = await consultant.get('/api/places/search?limit=2&page=1');
    const second = await consultant.get('/api/places/search?limit=2&page=2');
    expect(first.body.page).toEqual({ page: 1, limit: 2, total: 3, pages: 2 });
    expect(titles(second.body)).toHaveLength(1);
    expect(new Set([...titles(first.body), ...titles(second.body)]).size).toBe(3);
  });
});
