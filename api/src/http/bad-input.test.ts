import {
  contractorWithContract,
  openCleaningPlace,
  registerMatchable,
} from '../matches/proposals/proposals.test-support';
import { placeFixtures } from '../places/place-fixtures';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
let admin: ApiClient;
let consultant: ApiClient;
let contractor: ApiClient;
beforeAll(async () => {
  app = await startTestApp();
  admin = await app.signIn(await app.createUser({ role: 'admin' }));
  const region = await app.createRegion();
  consultant = await placeFixtures(app).signInConsultant(region);
  const desk = await contractorWithContract(app, region);
  contractor = desk.client;
  // A record in every list, so the database evaluates each text filter (an empty collection never does).
  await openCleaningPlace(contractor, desk.contractId, { title: 'Schoonmaker (m/v) kantoren' });
  await registerMatchable(consultant);
  await app.syncSearch();
});
afterAll(() => app.stop());

const issuePaths = (body: { error: { details?: { issues?: Array<{ path: string }> } } }) =>
  (body.error.details?.issues ?? []).map((issue) => issue.path);

/** Every list with a `q` text, and who reads it. */
const TEXT_LISTS: Array<[string, () => ApiClient]> = [
  ['/api/contracts', () => consultant],
  ['/api/places', () => consultant],
  ['/api/places/search', () => consultant],
  ['/api/candidates', () => consultant],
  ['/api/candidates/search', () => consultant],
  ['/api/candidates/consultants', () => consultant],
  ['/api/organisations', () => consultant],
  ['/api/users', () => admin],
  ['/api/regions', () => admin],
];

describe('the text of a list filter', () => {
  it.each(TEXT_LISTS)(
    'when %s is searched with a line or paragraph separator, then it answers the list',
    async (path, client) => {
      for (const q of ['a\u2028b', '\u2029', 'k\u200bantoren']) {
        const res = await client().get(path).query({ q });
        expect([path, q, res.status]).toEqual([path, q, 200]);
        expect(Array.isArray(res.body.data)).toBe(true);
      }
    },
  );

  it.each(TEXT_LISTS)(
    'when %s is searched with NUL or another control character, then 400 names query.q',
    async (path, client) => {
      for (const q of ['a\u0000b', 'tab\there', 'line\nbreak', '\u0085']) {
        const res = await client().get(path).query({ q });
        expect([path, JSON.stringify(q), res.status]).toEqual([path, JSON.stringify(q), 400]);
        expect(issuePaths(res.body)).toEqual(['query.q']);
      }
    },
  );

  it.each(TEXT_LISTS)(
    'when %s gets q twice or over 100 characters, then 400 names query.q',
    async (path, client) => {
      const twice = await client().get(`${path}?q=a&q=b`);
      expect(twice.status).toBe(400);
      expect(issuePaths(twice.body)).toEqual(['query.q']);
      const long = await client()
        .get(path)
        .query({ q: 'x'.repeat(101) });
      expect(long.status).toBe(400);
      expect(issuePaths(long.body)).toEqual(['query.q']);
    },
  );

  it('when the text holds pattern characters, then they are matched as themselves', async () => {
    const found = await consultant.get('/api/places').query({ q: '(m/v) KANT' });
    expect(found.status).toBe(200);
    expect(found.body.data.map((p: { title: string }) => p.title)).toEqual(['Schoonmaker (m/v) kantoren']);
    for (const q of ['.*', ')(', '\\', '[a-', '$where', 'a+']) {
      const res = await consultant.get('/api/places').query({ q });
      expect([q, res.status, res.body.data]).toEqual([q, 200, []]);
    }
  });
});

describe('rules that compare fields run only on fields that parsed', () => {
  const id = '0123456789abcdef01234567';

  it('when a trial has an empty start date and a planned end, then 400 names body.startDate', async () => {
    const res = await contractor.post(`/api/matches/${id}/trial`, {
      version: 0,
      startDate: '',
      plannedEnd: '2027-03-01',
      intentToEmploy: true,
    });
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['body.startDate']);
  });

  it.each([
    [
      'post',
      `/api/matches/${id}/trial/outcome`,
      () => contractor,
      {
        outcome: 'hired',
        version: 0,
        employment: {
          startDate: 'soon',
          contractType: 'temporary',
          hoursPerWeek: 32,
          plannedEnd: '2027-01-01',
        },
      },
      'body.employment.startDate',
    ],
    [
      'post',
      '/api/contracts',
      () => consultant,
      {
        municipalityId: id,
        contractorId: id,
        title: 'Wegen',
        reference: 'W-1',
        valueCents: 100,
        sroiPercentage: 5,
        startDate: '',
        endDate: '2027-01-01',
        realisationDeadline: '2027-06-01',
      },
      'body.startDate',
    ],
    [
      'patch',
      `/api/places/${id}`,
      () => contractor,
      { version: 0, hours: { min: 'many', max: 4 } },
      'body.hours.min',
    ],
  ] as const)(
    'when %s %s has one malformed field beside a rule, then 400 names only that field',
    async (method, path, client, body, field) => {
      const res = await client()[method](path, body);
      expect(res.status).toBe(400);
      expect(issuePaths(res.body)).toEqual([field]);
    },
  );
});

describe('numbers, dates and pages', () => {
  it.each(['-1', '0', '1.5', '1e400', 'NaN', '10001', ''])(
    'when a list gets page=%s, then 400 names query.page',
    async (page) => {
      const res = await consultant.get(`/api/candidates?page=${page}`);
      expect([page, res.status]).toEqual([page, 400]);
      expect(issuePaths(res.body)).toEqual(['query.page']);
    },
  );

  it('when a version is too large to be exact, negative or not a number, then 400 names body.version', async () => {
    for (const version of [2 ** 53, -1, 1.5, '3', null]) {
      const res = await contractor.post('/api/matches/0123456789abcdef01234567/trial', {
        version,
        startDate: '2027-01-04',
        intentToEmploy: true,
      });
      expect([version, res.status, issuePaths(res.body)]).toEqual([version, 400, ['body.version']]);
    }
  });

  it.each(['0050-01-01', '9999-12-01', '2027-02-30', '2027-13-01', '27-01-01'])(
    'when a trial starts on %s, then 400 names body.startDate',
    async (startDate) => {
      const res = await contractor.post('/api/matches/0123456789abcdef01234567/trial', {
        version: 0,
        startDate,
        plannedEnd: '2027-03-01',
        intentToEmploy: true,
      });
      expect([startDate, res.status, issuePaths(res.body)]).toEqual([startDate, 400, ['body.startDate']]);
    },
  );
});

describe('request bodies and their content types', () => {
  it('when a JSON route gets another content type, then 415 unsupported_media_type', async () => {
    const token = await consultant.refreshCsrf();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await consultant.agent
        .post('/api/candidates')
        .set('x-csrf-token', token)
        .set('content-type', type)
        .send('firstName=Anna');
      expect([type, res.status, res.body.error?.code]).toEqual([type, 415, 'unsupported_media_type']);
      expect(res.body.error.details).toEqual({ accepted: ['application/json'] });
    }
  });

  it('when a JSON route gets no body at all, then the fields are what is missing (400), not the type', async () => {
    const res = await consultant.post('/api/candidates');
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain('body.firstName');
  });

  it('when the file upload gets its own types, then they pass the gate; JSON does not', async () => {
    const token = await contractor.refreshCsrf();
    const upload = (type: string, body: string | Buffer) =>
      contractor.agent
        .put(`/api/efforts/0123456789abcdef01234567/evidence?filename=bon.pdf`)
        .set('x-csrf-token', token)
        .set('content-type', type)
        .send(body);
    const pdf = await upload('application/pdf', Buffer.from('%PDF-1.4 test'));
    expect([pdf.status, pdf.body.error.code]).toEqual([404, 'not_found']);
    const json = await upload('application/json', '{"file":"x"}');
    expect([json.status, json.body.error.code]).toEqual([415, 'unsupported_media_type']);
  });

  it('when a route that takes no body gets text, then 400 names the body', async () => {
    const token = await consultant.refreshCsrf();
    const res = await consultant.agent
      .post('/api/notifications/read-all')
      .set('x-csrf-token', token)
      .set('content-type', 'text/plain')
      .send('all');
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toEqual(['body']);
  });

  it('when JSON is nested thousands deep, then 400 (not a stack overflow)', async () => {
    const depth = 20_000;
    const deep = `{"firstName":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const res = await consultant.agent
      .post('/api/candidates')
      .set('x-csrf-token', await consultant.refreshCsrf())
      .set('content-type', 'application/json')
      .send(deep);
    expect(res.status).toBe(400);
    expect(issuePaths(res.body)).toContain('body.firstName');
  });

  it('when a text holds a NUL character, at the top or nested, then 400 names that field and nothing is stored', async () => {
    const before = (await consultant.get('/api/me')).body.data.name;
    const top = await consultant.patch('/api/me', { name: 'Anna\u0000 de Vries' });
    expect(top.status).toBe(400);
    expect(top.body.error.details.issues).toEqual([
      expect.objectContaining({ path: 'body.name', code: 'nul_character' }),
    ]);
    expect((await consultant.get('/api/me')).body.data.name).toBe(before);
    const nested = await consultant.patch('/api/me', { locale: 'nl', extra: { notes: ['ok', 'a\u0000b'] } });
    expect(issuePaths(nested.body)).toEqual(['body.extra.notes.1']);
  });

  it('when the JSON is not JSON, then 400 malformed_json', async () => {
    const token = await consultant.refreshCsrf();
    for (const text of ['{"a":1,}', "{'a':1}", '{"a":NaN}', '[1,2', 'null', '"text"']) {
      const res = await consultant.agent
        .post('/api/candidates')
        .set('x-csrf-token', token)
        .set('content-type', 'application/json')
        .send(text);
      expect([text, res.status, res.body.error?.code]).toEqual([text, 400, 'malformed_json']);
    }
  });
});
