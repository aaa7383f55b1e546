import net from 'node:net';
import supertest from 'supertest';
import { MeilisearchEngine } from '@kansplek/search';
import { createApp } from '../app';
import { openRegionDesk, registerCandidate } from '../candidates/candidates.test-support';
import { createLogger } from '../logger';
import { startTestApp, type TestApp } from '../test/test-app';
import { markStopping } from './readiness';

/** A loopback port nothing listens on: a search engine that is down. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One figure from a Prometheus text page, by metric name and (part of) its labels. */
function figure(page: string, name: string, labels = ''): number | undefined {
  const line = page.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
  return line === undefined ? undefined : Number(line.split(' ').at(-1));
}

describe('health and metrics', () => {
  let app: TestApp;
  beforeAll(async () => {
    // Without the sync worker, changes wait in the outbox until the test syncs: an index that lags.
    app = await startTestApp({}, { searchWorker: false });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('when the database answers, then the process is ready and says which search engine it has', async () => {
    const res = await app.anonymous().get('/readyz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ready', checks: { mongodb: 'ok', search: 'ok (embedded)' } });
  });

  it('when Meilisearch does not answer, then readiness stays 200 and reports search unavailable, and /metrics says it is down', async () => {
    const down = new MeilisearchEngine(`http://127.0.0.1:${await closedPort()}`, 'any-key');
    const { app: withDownSearch } = createApp({
      config: app.config,
      log: createLogger('silent'),
      search: down,
    });
    const ready = await supertest(withDownSearch).get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body.checks).toEqual({
      mongodb: 'ok',
      search: 'unavailable (meilisearch; changes wait in the outbox)',
    });
    const metrics = await supertest(withDownSearch).get('/metrics');
    expect(figure(metrics.text, 'kansplek_search_up')).toBe(0);
  });

  it('when candidates change while the index lags, then /metrics shows the outbox depth and lag, and both return to 0 once the index caught up', async () => {
    const { consultant } = await openRegionDesk(app);
    await app.syncSearch();
    await registerCandidate(consultant);
    await registerCandidate(consultant);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const lagging = (await app.anonymous().get('/metrics')).text;
    expect(figure(lagging, 'kansplek_search_outbox_depth', 'collection="candidates"')).toBe(2);
    expect(figure(lagging, 'kansplek_search_sync_lag_seconds', 'collection="candidates"')).toBeGreaterThan(1);
    expect(figure(lagging, 'kansplek_search_up')).toBe(1);

    await app.syncSearch();
    const caughtUp = (await app.anonymous().get('/metrics')).text;
    expect(figure(caughtUp, 'kansplek_search_outbox_depth', 'collection="candidates"')).toBe(0);
    expect(figure(caughtUp, 'kansplek_search_sync_lag_seconds', 'collection="candidates"')).toBe(0);
  });

  it('when requests are answered, then their latency is counted by route pattern, never by raw URL or search text', async () => {
    const { consultant } = await openRegionDesk(app);
    const candidate = await registerCandidate(consultant);
    await consultant.get(`/api/candidates/${candidate.id}`).expect(200);
    await consultant.get('/api/candidates?q=Jansen').expect(200);
    const page = (await app.anonymous().get('/metrics')).text;
    expect(page).toContain('method="GET",route="/api/candidates/:id",status_code="200"');
    expect(page).toContain('route="/api/candidates"');
    expect(page).not.toContain(candidate.id);
    expect(page).not.toContain('Jansen');
    for (const name of ['nodejs_eventloop_lag_seconds', 'kansplek_reminders_due', 'kansplek_open_sockets']) {
      expect(page).toMatch(new RegExp(`^${name}\\{`, 'm'));
    }
  });

  it('when the process is stopping, then readiness fails while liveness holds', async () => {
    markStopping();
    try {
      const ready = await app.anonymous().get('/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('stopping');
      expect((await app.anonymous().get('/healthz')).status).toBe(200);
    } finally {
      markStopping(false);
    }
  });
});
