import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

function expectErrorShape(body: unknown, code: string) {
  expect(body).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|stack/i);
}

describe('health and documentation', () => {
  it('when the liveness probe is called, then it answers ok', async () => {
    const res = await app.anonymous().get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('when the readiness probe is called, then it reports MongoDB and search', async () => {
    const res = await app.anonymous().get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body.checks).toEqual({ mongodb: 'ok', search: 'ok (embedded)' });
  });

  it('when the OpenAPI document is fetched, then it lists the routes with their schemas', async () => {
    const res = await app.anonymous().get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/api/users/{id}'].patch.requestBody).toBeDefined();
    expect(res.body.paths['/api/auth/login'].post.description).toBe('Public.');
    const docs = await app.anonymous().get('/api/docs/');
    expect(docs.status).toBe(200);
    expect(docs.text).toContain('swagger-ui');
  });

  it('when any response is sent, then it carries a request id and security headers', async () => {
    const res = await app.anonymous().get('/healthz').set('x-request-id', 'trace-123');
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('when the API answers, then no cache may keep it and it has no ETag', async () => {
    const user = await app.signIn(await app.createUser({ role: 'consultant' }));
    const res = await user.get('/api/me');
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('bad input gets the error shape with a 4xx, never a 500', () => {
  let admin: Awaited<ReturnType<TestApp['signIn']>>;
  beforeAll(async () => {
    admin = await app.signIn(await app.createUser({ role: 'admin' }));
  });

  it('when the JSON is malformed, then 400 malformed_json', async () => {
    const token = await admin.refreshCsrf();
    const res = await admin.agent
      .post('/api/users/invitations')
      .set('x-csrf-token', token)
      .set('content-type', 'application/json')
      .send('{"email": ');
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 'malformed_json');
  });

  it('when the body has unknown fields, then 400 naming the field', async () => {
    const orgId = await app.createOrganisation({ kind: 'service_point' });
    const res = await admin.post('/api/users/invitations', {
      email: 'a@example.nl',
      name: 'A',
      role: 'consultant',
      organisationId: orgId,
      isAdmin: true,
    });
    expect(res.status).toBe(400);
    expectErrorShape(res.body, 'validation_failed');
    expect(res.body.error.details.issues).toEqual([
      expect.objectContaining({
        path: 'body',
        code: 'unrecognized_keys',
        message: expect.stringContaining('isAdmin'),
      }),
    ]);
  });

  it('when fields have the wrong type, then 400 with one issue per field', async () => {
    const res = await admin.post('/api/users/invitations', {
      email: 42,
      name: '',
      role: 'king',
      organisationId: 'x',
    });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.issues.map((i: { path: string }) => i.path).sort();
    expect(paths).toEqual(['body.email', 'body.name', 'body.organisationId', 'body.role']);
  });

  it('when the body is too large, then 413 payload_too_large', async () => {
    const res = await admin.post('/api/users/invitations', { name: 'x'.repeat(200_000) });
    expect(res.status).toBe(413);
    expectErrorShape(res.body, 'payload_too_large');
  });

  it('when an id is not an ObjectId, then 400 naming params.id', async () => {
    const res = await admin.get('/api/users/not-an-id');
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('params.id');
  });

  it('when a well-formed id does not exist, then 404 not_found', async () => {
    const res = await admin.get('/api/users/0123456789abcdef01234567');
    expect(res.status).toBe(404);
    expectErrorShape(res.body, 'not_found');
  });

  it('when an API route does not exist, then 404 with the error shape', async () => {
    const res = await admin.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expectErrorShape(res.body, 'not_found');
  });

  it('when a route that takes no body gets one, then 400', async () => {
    const res = await admin.post('/api/notifications/read-all', { all: true });
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('body');
  });

  it('when a list asks for more than the maximum page size, then 400 naming query.limit', async () => {
    const res = await admin.get('/api/users?limit=1000');
    expect(res.status).toBe(400);
    expect(res.body.error.details.issues[0].path).toBe('query.limit');
  });
});
