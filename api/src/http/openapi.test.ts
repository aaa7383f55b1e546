import { placeFixtures } from '../places/place-fixtures';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
let doc: {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; responses: Record<string, Response> };
};
beforeAll(async () => {
  app = await startTestApp();
  doc = (await app.anonymous().get('/api/openapi.json')).body;
});
afterAll(() => app.stop());

interface Response {
  description: string;
  content?: Record<string, { schema: unknown }>;
}
interface Operation {
  requestBody?: { required?: boolean; content: Record<string, unknown> };
  responses: Record<string, Response | { $ref: string }>;
  security?: unknown[];
}

const operation = (method: string, path: string) => doc.paths[path]![method]!;
const statuses = (method: string, path: string) => Object.keys(operation(method, path).responses).sort();
const ID = '0123456789abcdef01234567';

describe('the OpenAPI document', () => {
  it('when a route takes a JSON body that {} does not satisfy, then the body is marked required', () => {
    expect(operation('post', '/api/candidates').requestBody).toMatchObject({ required: true });
    expect(operation('post', '/api/matches/{id}/trial').requestBody).toMatchObject({ required: true });
    // Every field of a change to oneself is optional: sending no body is a valid (empty) change.
    expect(operation('patch', '/api/me').requestBody).toMatchObject({ required: false });
  });

  it('when errors are documented, then each refers to one response component with the Error schema', () => {
    expect(doc.components.schemas.Error).toBeDefined();
    for (const [id, response] of Object.entries(doc.components.responses)) {
      expect([id, response.content?.['application/json']?.schema]).toEqual([
        id,
        { $ref: '#/components/schemas/Error' },
      ]);
    }
    expect(operation('get', '/api/candidates/{id}').responses['404']).toEqual({
      $ref: '#/components/responses/NotFound',
    });
  });

  it.each([
    ['get', '/api/candidates/{id}', ['200', '400', '401', '403', '404']],
    ['patch', '/api/places/{id}', ['200', '400', '401', '403', '404', '409', '413', '415', '422']],
    [
      'post',
      '/api/matches/{id}/transitions',
      ['200', '400', '401', '403', '404', '409', '413', '415', '422'],
    ],
    ['post', '/api/auth/login', ['200', '400', '401', '403', '413', '415', '429']],
    ['get', '/api/auth/invitations/{token}', ['200', '400', '410']],
    ['post', '/api/auth/invitations/accept', ['200', '400', '403', '410', '413', '415']],
    ['get', '/api/me', ['200', '401']],
    ['post', '/api/notifications/read-all', ['200', '400', '401', '403']],
  ])('when %s %s is read, then it documents exactly its statuses', (method, path, expected) => {
    expect(statuses(method, path)).toEqual(expected);
  });

  it('when a report can come as CSV or a file is downloaded, then those content types are documented', () => {
    for (const path of ['/api/reports/contracts', '/api/reports/summary', '/api/reports/funnel']) {
      const content = (operation('get', path).responses['200'] as Response).content!;
      expect(Object.keys(content).sort()).toEqual(['application/json', 'text/csv']);
      expect(content['text/csv']!.schema).toEqual({ type: 'string' });
    }
    const evidence = (operation('get', '/api/efforts/{id}/evidence').responses['200'] as Response).content!;
    expect(Object.keys(evidence).sort()).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
    expect(evidence['application/pdf']!.schema).toEqual({ type: 'string', format: 'binary' });
  });

  it('when the evidence file is uploaded, then its body is the file in one of three types', () => {
    expect(operation('put', '/api/efforts/{id}/evidence').requestBody).toEqual({
      required: true,
      content: {
        'application/pdf': { schema: { type: 'string', format: 'binary' } },
        'image/png': { schema: { type: 'string', format: 'binary' } },
        'image/jpeg': { schema: { type: 'string', format: 'binary' } },
      },
    });
  });

  it('when a route changes state, then its security names the session and its CSRF token', () => {
    expect(operation('post', '/api/candidates').security).toEqual([{ session: [], csrf: [] }]);
    expect(operation('post', '/api/auth/login').security).toEqual([{ session: [], csrf: [] }]);
    expect(operation('get', '/api/candidates').security).toEqual([{ session: [] }]);
    expect(operation('get', '/api/auth/csrf').security).toEqual([]);
  });
});

describe('the answers the API gives are the ones it documents', () => {
  let consultant: ApiClient;
  beforeAll(async () => {
    consultant = await placeFixtures(app).signInConsultant(await app.createRegion());
  });

  /** The status is among the operation's documented responses, and an error has the Error shape. */
  async function expectDocumented(
    method: string,
    path: string,
    send: () => Promise<{ status: number; body: unknown }>,
  ) {
    const res = await send();
    expect({ [`${method} ${path}`]: statuses(method, path) }).toEqual({
      [`${method} ${path}`]: expect.arrayContaining([String(res.status)]),
    });
    if (res.status >= 400)
      expect(res.body).toEqual({ error: expect.objectContaining({ code: expect.any(String) }) });
    return res;
  }

  it('when a consultant searches places from a candidate who is not theirs, then the 404 is documented', async () => {
    const res = await expectDocumented('get', '/api/places/search', () =>
      consultant.get(`/api/places/search?candidateId=${ID}`),
    );
    expect(res.status).toBe(404);
  });

  it('when a body comes as another type, then the 415 is documented', async () => {
    const res = await expectDocumented('post', '/api/candidates', async () =>
      consultant.agent
        .post('/api/candidates')
        .set('x-csrf-token', await consultant.refreshCsrf())
        .set('content-type', 'text/plain')
        .send('x'),
    );
    expect(res.status).toBe(415);
  });
});
