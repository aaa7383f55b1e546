import { z } from 'zod';
import { ROLES, type TRole } from '../contract';
import { allRoutes } from '../routes';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';
import type { AnyRoute } from './define-route';

/**
 * Every route, called by a role it admits, with the classes of bad input a client can send: ids that
 * are not ids, repeated or control-character query values, and body fields of every wrong JSON type.
 * Whatever the route, the answer is a 4xx with the error shape, never a 5xx.
 */
let app: TestApp;
const clients = {} as Record<TRole | 'anonymous', ApiClient>;
beforeAll(async () => {
  app = await startTestApp();
  for (const role of ROLES) clients[role] = await app.signIn(await app.createUser({ role }));
  clients.anonymous = app.anonymous();
});
afterAll(() => app.stop());

const VALID_ID = '0123456789abcdef01234567';
const BAD_PATH_VALUES = ['not-an-id', '%00%E2%80%A8', 'x'.repeat(300), VALID_ID];
const BAD_QUERY_VALUES = (key: string) => [`${key}=a&${key}=b`, `${key}=%00`, `${key}=${'9'.repeat(400)}`];
const BAD_FIELD_VALUES: unknown[] = [{ $gt: '' }, ['a'], '\u0000\u2028', 1e308, null];

function clientFor(route: AnyRoute): ApiClient {
  if (route.access === 'public') return clients.anonymous;
  if (route.access === 'signed_in') return clients.consultant;
  const roles = route.access as readonly TRole[];
  return clients[roles.includes('consultant') ? 'consultant' : roles[0]!];
}

/** The top-level keys of an object schema (through refinements, which keep the object). */
function keysOf(schema: z.ZodType | undefined): string[] {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape);
  if (schema instanceof z.ZodUnion) return [...new Set((schema.options as z.ZodType[]).flatMap(keysOf))];
  return [];
}

const withParams = (path: string, value: string) => path.replace(/:\w+/g, value);

async function send(client: ApiClient, method: AnyRoute['method'], url: string, body?: unknown) {
  if (method === 'get') return client.get(url);
  return client[method](url, body);
}

interface Answer {
  call: string;
  status: number;
  code?: unknown;
}

async function sweep(route: AnyRoute): Promise<Answer[]> {
  const client = clientFor(route);
  const answers: Answer[] = [];
  const record = async (call: string, url: string, body?: unknown) => {
    const res = await send(client, route.method, url, body);
    answers.push({ call, status: res.status, code: res.body?.error?.code });
  };
  const path = withParams(route.path, VALID_ID);
  if (route.path.includes('/:')) {
    for (const value of BAD_PATH_VALUES)
      await record(`path ${value.slice(0, 20)}`, withParams(route.path, value));
  }
  for (const key of [...keysOf(route.query), 'page', 'unknown']) {
    for (const query of BAD_QUERY_VALUES(key))
      await record(`query ${query.slice(0, 30)}`, `${path}?${query}`);
  }
  if (route.body) {
    await record('body []', path, []);
    for (const key of keysOf(route.body)) {
      for (const value of BAD_FIELD_VALUES) {
        await record(`body.${key}=${JSON.stringify(value).slice(0, 20)}`, path, { [key]: value });
      }
    }
  }
  return answers;
}

describe('no input gives a 5xx', () => {
  it('when every route gets bad ids, query values and body fields, then no answer is a 5xx and every error has a code', async () => {
    const failures: Array<Answer & { route: string }> = [];
    let calls = 0;
    for (const route of allRoutes(app.config)) {
      // Signing out would end the session the sweep goes on with.
      if (route.path === '/api/auth/logout') continue;
      for (const answer of await sweep(route)) {
        calls += 1;
        const broken = answer.status >= 500 || (answer.status >= 400 && typeof answer.code !== 'string');
        if (broken) failures.push({ route: `${route.method} ${route.path}`, ...answer });
      }
    }
    expect(failures).toEqual([]);
    expect(calls).toBeGreaterThan(1000);
  }, 300_000);
});
