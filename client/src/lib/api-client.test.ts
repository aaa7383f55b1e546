import { installFakeFetch, type FakeAnswer, type RecordedRequest } from '@/testing/fake-fetch';
import { z } from 'zod';
import { apiClient, ApiError, buildUrl, resetCsrfToken } from './api-client';

const csrfAnswer = (token: string): FakeAnswer => ({ status: 200, body: { data: { token } } });
const csrfRequests = (requests: RecordedRequest[]) => requests.filter((r) => r.url === '/api/auth/csrf');

beforeEach(() => resetCsrfToken());

describe('apiClient', () => {
  it('when reading, then it sends the session cookie and no CSRF token, and returns the body', async () => {
    const { requests, fetchMock } = installFakeFetch(() => ({ status: 200, body: { data: { unread: 3 } } }));

    const body = await apiClient.get('/api/notifications/unread-count');

    expect(body).toEqual({ data: { unread: 3 } });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.headers['x-csrf-token']).toBeUndefined();
    expect(fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
  });

  it('when writing, then it fetches a CSRF token once and sends it with every write', async () => {
    const { requests } = installFakeFetch((request) =>
      request.url === '/api/auth/csrf'
        ? csrfAnswer('token-1')
        : { status: 200, body: { data: { ok: true } } },
    );

    await apiClient.post('/api/notifications/read-all');
    await apiClient.patch('/api/me', { body: { locale: 'en' } });

    expect(csrfRequests(requests)).toHaveLength(1);
    const writes = requests.filter((r) => r.method !== 'GET');
    expect(writes.map((r) => [r.method, r.headers['x-csrf-token']])).toEqual([
      ['POST', 'token-1'],
      ['PATCH', 'token-1'],
    ]);
    expect(writes[1]?.body).toEqual({ locale: 'en' });
    expect(writes[1]?.headers['content-type']).toBe('application/json');
  });

  it('when the session changed (reset), then the next write asks for a fresh token', async () => {
    let issued = 0;
    const { requests } = installFakeFetch((request) =>
      request.url === '/api/auth/csrf' ? csrfAnswer(`token-${++issued}`) : { status: 200, body: {} },
    );

    await apiClient.post('/api/auth/login', { body: { email: 'a@b.nl', password: 'x' } });
    resetCsrfToken();
    await apiClient.post('/api/auth/logout');

    const writes = requests.filter((r) => r.method === 'POST');
    expect(writes.map((r) => r.headers['x-csrf-token'])).toEqual(['token-1', 'token-2']);
  });

  it('when the token is refused with csrf_invalid, then it gets a new token and retries once', async () => {
    let issued = 0;
    const { requests } = installFakeFetch((request) => {
      if (request.url === '/api/auth/csrf') return csrfAnswer(`token-${++issued}`);
      return request.headers['x-csrf-token'] === 'token-1'
        ? { status: 403, body: { error: { code: 'csrf_invalid', message: 'Invalid CSRF token' } } }
        : { status: 200, body: { data: { ok: true } } };
    });

    await expect(apiClient.post('/api/notifications/read-all')).resolves.toEqual({ data: { ok: true } });

    const writes = requests.filter((r) => r.method === 'POST');
    expect(writes.map((r) => r.headers['x-csrf-token'])).toEqual(['token-1', 'token-2']);
  });

  it('when the retry is refused as well, then it gives up with the error instead of looping', async () => {
    const { requests } = installFakeFetch((request) =>
      request.url === '/api/auth/csrf'
        ? csrfAnswer('token')
        : { status: 403, body: { error: { code: 'csrf_invalid', message: 'Invalid CSRF token' } } },
    );

    await expect(apiClient.post('/api/notifications/read-all')).rejects.toMatchObject({
      status: 403,
      code: 'csrf_invalid',
    });
    expect(requests.filter((r) => r.method === 'POST')).toHaveLength(2);
  });

  it('when a 403 has another code, then it is not retried', async () => {
    const { requests } = installFakeFetch((request) =>
      request.url === '/api/auth/csrf'
        ? csrfAnswer('token')
        : { status: 403, body: { error: { code: 'forbidden', message: 'Not allowed' } } },
    );

    await expect(apiClient.patch('/api/users/1', { body: {} })).rejects.toMatchObject({ code: 'forbidden' });
    expect(requests.filter((r) => r.method === 'PATCH')).toHaveLength(1);
  });

  it('when the API reports invalid fields, then the error carries the code and the field issues', async () => {
    const issues = [{ path: 'body.email', code: 'invalid_format', message: 'Enter a valid e-mail address' }];
    installFakeFetch((request) =>
      request.url === '/api/auth/csrf'
        ? csrfAnswer('token')
        : {
            status: 400,
            body: { error: { code: 'validation_failed', message: 'Invalid request', details: { issues } } },
          },
    );

    const error = await apiClient.post('/api/auth/login', { body: {} }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: 'Invalid request' });
    expect((error as ApiError).fieldIssues).toEqual(issues);
  });

  it('when a rule check or a conflict names fields, then those become field issues too', async () => {
    const mismatch = new ApiError(
      422,
      'unprocessable',
      'A consultant must belong to a service_point organisation',
      {
        issues: [
          {
            path: 'body.role',
            code: 'role_organisation_mismatch',
            message: 'Needs a service_point organisation',
          },
        ],
      },
    );
    const taken = new ApiError(409, 'conflict', 'A user with this e-mail address already exists', {
      fields: ['email'],
    });
    const plain = new ApiError(404, 'not_found', 'Not found', { id: 'x' });

    expect(mismatch.fieldIssues.map((issue) => [issue.path, issue.code])).toEqual([
      ['body.role', 'role_organisation_mismatch'],
    ]);
    expect(taken.fieldIssues.map((issue) => [issue.path, issue.code])).toEqual([['body.email', 'conflict']]);
    expect(plain.fieldIssues).toEqual([]);
  });

  it('when an error answer is not the API error shape, then it is an unexpected_response', async () => {
    installFakeFetch(() => ({ status: 502, text: '<html>Bad gateway</html>' }));

    await expect(apiClient.get('/api/me')).rejects.toMatchObject({
      status: 502,
      code: 'unexpected_response',
    });
  });

  it('when the network fails, then it is a network_error', async () => {
    installFakeFetch(() => new TypeError('Failed to fetch'));

    await expect(apiClient.get('/api/me')).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('when an answer does not match the contract schema, then it is rejected rather than rendered', async () => {
    installFakeFetch(() => ({ status: 200, body: { data: { unread: 'many' } } }));
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => {});

    const schema = z.object({ data: z.object({ unread: z.number() }) });
    await expect(apiClient.get('/api/notifications/unread-count', { schema })).rejects.toMatchObject({
      code: 'unexpected_response',
    });
    consoleError.mockRestore();
  });

  it('when the token request itself fails, then the write fails and the next write asks again', async () => {
    let csrfCalls = 0;
    installFakeFetch((request) => {
      if (request.url === '/api/auth/csrf') {
        csrfCalls += 1;
        return csrfCalls === 1
          ? { status: 503, body: { error: { code: 'service_unavailable', message: 'Down' } } }
          : csrfAnswer('t');
      }
      return { status: 200, body: { data: { ok: true } } };
    });

    await expect(apiClient.post('/api/auth/logout')).rejects.toMatchObject({ code: 'service_unavailable' });
    await expect(apiClient.post('/api/auth/logout')).resolves.toEqual({ data: { ok: true } });
  });
});

describe('buildUrl', () => {
  it('leaves out empty filters and encodes the rest', () => {
    expect(
      buildUrl('/api/users', { q: 'van Dijk & zn', role: undefined, status: '', page: 2, unread: null }),
    ).toBe('/api/users?q=van+Dijk+%26+zn&page=2');
    expect(buildUrl('/api/users', { role: undefined })).toBe('/api/users');
  });
});
