import { ROLES, type TRole } from '../contract';
import { allRoutes } from '../routes';
import type { ApiClient } from '../test/api-client';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
const clients = {} as Record<TRole, ApiClient>;
beforeAll(async () => {
  app = await startTestApp();
  for (const role of ROLES) clients[role] = await app.signIn(await app.createUser({ role }));
});
afterAll(() => app.stop());

const routes = () => allRoutes(app.config);
const concrete = (path: string) =>
  path
    .replace(/:id\b/g, '0123456789abcdef01234567')
    .replace(/:token\b/g, 'A'.repeat(43))
    .replace(/:(\w+)/g, 'x');

async function call(client: ApiClient, method: string, path: string) {
  if (method === 'get') return client.get(path);
  return client[method as 'post' | 'patch' | 'put' | 'delete'](path);
}

describe('every route declares who may call it, and the server enforces it', () => {
  it('when a role outside a route’s list calls it, then 403 forbidden', async () => {
    const checked: string[] = [];
    for (const route of routes()) {
      if (!Array.isArray(route.access)) continue;
      for (const role of ROLES.filter((r) => !route.access.includes(r))) {
        const res = await call(clients[role], route.method, concrete(route.path));
        expect({
          route: `${route.method} ${route.path}`,
          role,
          status: res.status,
          code: res.body.error?.code,
        }).toEqual({
          route: `${route.method} ${route.path}`,
          role,
          status: 403,
          code: 'forbidden',
        });
        checked.push(`${role} ${route.method} ${route.path}`);
      }
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  it('when a role inside a route’s list calls it, then it is not refused for its role', async () => {
    for (const route of routes()) {
      if (!Array.isArray(route.access)) continue;
      for (const role of route.access as readonly TRole[]) {
        const res = await call(clients[role], route.method, concrete(route.path));
        expect([route.path, role, res.status]).not.toEqual([route.path, role, 403]);
        expect([route.path, role, res.status]).not.toEqual([route.path, role, 401]);
      }
    }
  });

  it('when nobody is signed in, then every non-public route answers 401', async () => {
    const anonymous = app.anonymous();
    for (const route of routes().filter((r) => r.access !== 'public')) {
      const res = await call(anonymous, route.method, concrete(route.path));
      expect([route.method, route.path, res.status]).toEqual([route.method, route.path, 401]);
    }
  });
});
