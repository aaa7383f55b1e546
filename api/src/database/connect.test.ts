import { isFerretDb } from './connect';
import { startTestApp, type TestApp } from '../test/test-app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.stop());

// FerretDB's paths (lookups by `_id` only, checks in memory, the match pairs) depend on recognising it.
const kind = process.env.TEST_MONGODB_KIND;
// ferretdb-postgresql, ferretdb-sqlite or mongodb-memory-server.
(kind ? it : it.skip)(
  `when the API connects to the test server (${kind}), then it knows whether it is FerretDB`,
  () => {
    expect(isFerretDb()).toBe(kind!.startsWith('ferretdb'));
  },
);
