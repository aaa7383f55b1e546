import { Router } from 'express';
import type { SearchEngine } from '@kansplek/search';
import { pingDatabase } from '../database/connect';

/** Liveness says the process runs; readiness says it can serve (MongoDB and search answer). */
export function healthRouter(search: SearchEngine): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [mongodb, searchOk] = await Promise.all([pingDatabase(), search.isHealthy()]);
    const ready = mongodb && searchOk;
    res.status(ready ? 200 : 503).json({
      status: ready ? 'ready' : 'not_ready',
      checks: {
        mongodb: mongodb ? 'ok' : 'unavailable',
        search: searchOk ? `ok (${search.name})` : 'unavailable',
      },
    });
  });
  return router;
}
