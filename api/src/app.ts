import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import type { SearchEngine } from '@kansplek/search';
import { csrf, createSessionMiddleware } from './auth/session';
import { loadSessionUser } from './auth/session-user';
import type { TConfig } from './config';
import { apiNotFound, errorHandler } from './http/error-handler';
import { mountRoutes } from './http/mount-routes';
import { requestLog } from './http/request-log';
import { refuseNulCharacters } from './http/request-body';
import { buildOpenApiDocument } from './http/openapi';
import { healthRouter } from './health/health.routes';
import { createMetrics } from './health/metrics';
import type { Logger } from './logger';
import { allRoutes } from './routes';

export interface AppDeps {
  config: TConfig;
  log: Logger;
  search: SearchEngine;
}

const API_VERSION = '0.1.0';

export function createApp({ config, log, search }: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.TRUST_PROXY ? 1 : false);
  const metrics = createMetrics(search);
  app.use(metrics.timeRequests);
  app.use(requestLog(log));
  const https = config.PUBLIC_URL.startsWith('https://');
  app.use(
    helmet({
      strictTransportSecurity: https,
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: https ? [] : null } },
    }),
  );
  app.use(healthRouter(search, metrics.registry));

  // API answers are personal (candidates' profiles, a contractor's contracts): no browser or proxy
  // keeps them. Hence no ETag either: express hashed every JSON body for it (SHA-1 over every search
  // page, on the API's one thread) for revalidations that never come.
  app.set('etag', false);
  app.use('/api', noStore);
  const { middleware: sessionMiddleware } = createSessionMiddleware(config);
  app.use('/api', express.json({ limit: '100kb' }), refuseNulCharacters, sessionMiddleware, loadSessionUser);

  const routes = allRoutes(config);
  const openApi = buildOpenApiDocument(routes, API_VERSION);
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });
  app.use(
    '/api/docs',
    swaggerUi.serve,
    swaggerUi.setup(undefined, { swaggerOptions: { url: '/api/openapi.json' } }),
  );
  app.use(mountRoutes(routes, csrf.csrfSynchronisedProtection));
  app.use('/api', apiNotFound);

  serveClient(app, config.CLIENT_DIST);
  app.use(errorHandler);
  return { app, sessionMiddleware, metrics };
}

function noStore(_req: express.Request, res: express.Response, next: express.NextFunction) {
  res.setHeader('Cache-Control', 'no-store');
  next();
}

/** The built single-page app; every other GET falls back to index.html so client routes (and its 404 page) work. */
function serveClient(app: express.Express, dist: string) {
  const index = path.join(dist, 'index.html');
  app.use(express.static(dist, { index: false, maxAge: '1h' }));
  app.get('/{*path}', (_req, res) => {
    if (existsSync(index)) return res.sendFile(index);
    res.status(404).type('text/plain').send('The web client is not built yet: run `npm run build`.');
  });
}
