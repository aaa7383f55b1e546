import { signInAsCandidate } from '../candidates/candidates.test-support';
import type { TRole } from '../contract';
import {
  contractorWithContract,
  openCleaningPlace,
  registerMatchable,
} from '../matches/proposals/proposals.test-support';
import { placeFixtures } from '../places/place-fixtures';
import type { ApiClient } from './api-client';
import { startTestApp, type TestApp } from './test-app';

/**
 * Tenant isolation across every resource, including search: people of region B never see anything of
 * region A, through lists, searches, proposals, recommendations, bundles or direct reads.
 */
let app: TestApp;
const secrets: string[] = [];
const a: Record<string, string> = {};
const b: Partial<Record<TRole, ApiClient>> = {};
let consultantOfA: ApiClient;

beforeAll(async () => {
  app = await startTestApp();
  const regionA = await app.createRegion();
  const consultantA = await placeFixtures(app).signInConsultant(regionA);
  const contractorA = await contractorWithContract(app, regionA);
  a.contractor = contractorA.organisationId;
  a.contract = contractorA.contractId;
  a.place = (await openCleaningPlace(contractorA.client, contractorA.contractId)).id;
  a.small1 = (
    await openCleaningPlace(contractorA.client, contractorA.contractId, { hours: { min: 12, max: 12 } })
  ).id;
  const other = await contractorWithContract(app, regionA);
  a.small2 = (await openCleaningPlace(other.client, other.contractId, { hours: { min: 12, max: 12 } })).id;
  a.candidate = await registerMatchable(consultantA, { firstName: 'Isolde', lastName: 'Afgeschermd' });
  const match = await consultantA.post(`/api/places/${a.place}/matches`, {
    candidateId: a.candidate,
    action: 'shortlist',
  });
  a.match = match.body.data.id;
  secrets.push(...Object.values(a), 'Afgeschermd');
  consultantOfA = consultantA;

  const regionB = await app.createRegion();
  const consultantB = await placeFixtures(app).signInConsultant(regionB);
  b.consultant = consultantB;
  b.contractor = (await contractorWithContract(app, regionB)).client;
  const candidateB = await registerMatchable(consultantB);
  b.candidate = (await signInAsCandidate(app, consultantB, candidateB)).client;
  await app.syncSearch();
});
afterAll(() => app.stop());

const LISTS: Array<[TRole, string]> = [
  ['consultant', '/api/candidates'],
  ['consultant', '/api/candidates/search?q=isolde'],
  ['consultant', '/api/candidates/search'],
  ['consultant', '/api/places'],
  ['consultant', '/api/places/search?q=schoonmaker'],
  ['consultant', '/api/contracts'],
  ['consultant', '/api/organisations'],
  ['consultant', '/api/bundles/suggestions'],
  ['contractor', '/api/places'],
  ['contractor', '/api/contracts'],
  ['candidate', '/api/places'],
  ['candidate', '/api/places/search?q=schoonmaker'],
  ['candidate', '/api/me/recommendations'],
];

describe('isolation between regions', () => {
  it('when region A’s own consultant reads, then they do see region A (the checks below can fail)', async () => {
    expect(JSON.stringify((await consultantOfA.get('/api/candidates/search?q=isolde')).body)).toContain(
      a.candidate,
    );
    expect(JSON.stringify((await consultantOfA.get('/api/bundles/suggestions')).body)).toContain(a.small1);
    expect(JSON.stringify((await consultantOfA.get('/api/places/search?q=schoonmaker')).body)).toContain(
      a.place,
    );
  });

  it.each(LISTS)(
    'when a %s of another region reads %s, then nothing of region A appears',
    async (role, path) => {
      const res = await b[role]!.get(path);
      expect(res.status).toBe(200);
      const body = JSON.stringify(res.body);
      for (const secret of secrets) expect(body).not.toContain(secret);
    },
  );

  it.each([
    ['consultant', 'get', '/api/candidates/:candidate'],
    ['consultant', 'get', '/api/candidates/:candidate/recommendations'],
    ['consultant', 'get', '/api/places/:place'],
    ['consultant', 'get', '/api/places/:place/matches'],
    ['consultant', 'post', '/api/places/:place/proposals'],
    ['consultant', 'get', '/api/contracts/:contract'],
    ['contractor', 'get', '/api/places/:place'],
    ['contractor', 'get', '/api/contracts/:contract'],
    ['candidate', 'get', '/api/places/:small1'],
  ] as Array<[TRole, 'get' | 'post', string]>)(
    'when a %s of another region asks %s %s directly, then it does not exist for them',
    async (role, method, template) => {
      const path = template.replace(/:(\w+)/g, (_, key: string) => a[key]!);
      const res = method === 'get' ? await b[role]!.get(path) : await b[role]!.post(path, {});
      expect([403, 404]).toContain(res.status);
      for (const secret of secrets) expect(JSON.stringify(res.body)).not.toContain(secret);
    },
  );
});
