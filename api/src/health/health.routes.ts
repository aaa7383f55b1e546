import { Router } from 'express';
import type { Registry } from 'prom-client';
import type { SearchEngine } from '@kansplek/search';
import { pingDatabase } from '../database/connect';
import { answersWithin, isStopping } from './readiness';

/**
 * Liveness says the process runs. Readiness says it can serve: it fails only while MongoDB does not
 * answer or the process is stopping. A search outage is reported in the body (and in /metrics) but
 * keeps the process in the load balancer: writes go on and reach the index when search is back.
 */
export function healthRouter(search: SearchEngine, metrics: Registry): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    if (isStopping()) {
      res.status(503).json({ status: 'stopping', checks: {} });
      return;
    }
    const [mongodb, searchOk] = await Promise.all([
      answersWithin(pingDatabase, 5_000),
      answersWithin(() => search.isHealthy(), 2_000),
    ]);
    res.status(mongodb ? 200 : 503).json({
      status: mongodb ? 'ready' : 'not_ready',
      checks: {
        mongodb: mongodb ? 'ok' : 'unavailable',
        search: searchOk ? `ok (${search.name})` : `unavailable (${search.name}; changes wait in the outbox)`,
      },
    });
  });
  router.get('/metrics', async (_req, res) => {
    res.type(metrics.contentType).send(await metrics.metrics());
  });
  return router;
}
