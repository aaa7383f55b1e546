import type { RequestHandler } from 'express';
import client from 'prom-client';
import type { SearchEngine } from '@kansplek/search';
import { ReminderModel } from '../reminders/reminders.model';
import { SearchOutboxModel } from '../search-sync/search-outbox.model';
import { answersWithin } from './readiness';

/** The collections behind the search indexes (their outbox entries carry the collection's name). */
const INDEXED_COLLECTIONS = ['candidates', 'places'];

/** The route pattern of a request answered by an API route (set by mountRoutes); else a fixed label. */
declare module 'express-serve-static-core' {
  interface Locals {
    routePattern?: string;
  }
}

/**
 * The process's Prometheus figures: Node's own (event-loop lag, heap, GC, handles), request latency
 * per route pattern (never the raw URL: it carries ids and search text), search sync (outbox depth,
 * age of its oldest entry, whether the engine answers), reminders due and open sockets. The database
 * figures are read when scraped.
 */
export function createMetrics(search: SearchEngine) {
  let openSockets: () => number = () => 0;
  const registry = new client.Registry();
  registry.setDefaultLabels({ service: 'kansplek-api' });
  client.collectDefaultMetrics({ register: registry });

  const requests = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  new client.Gauge({
    name: 'kansplek_search_up',
    help: '1 when the search engine answers, 0 during a search outage (writes go on and are indexed later)',
    registers: [registry],
    async collect() {
      this.set((await answersWithin(() => search.isHealthy(), 2_000)) ? 1 : 0);
    },
  });
  // Both outbox gauges come from one reading, shared by the two collect calls of a scrape.
  let reading: Promise<void> | undefined;
  const readOutbox = () =>
    (reading ??= (async () => {
      // Two small queries per collection rather than one $group, which FerretDB 1.24 may not run alike.
      for (const collection of INDEXED_COLLECTIONS) {
        const [depth, oldest] = await Promise.all([
          SearchOutboxModel.countDocuments({ collectionName: collection }),
          SearchOutboxModel.findOne({ collectionName: collection }, { at: 1 }).sort({ at: 1 }).lean(),
        ]);
        outboxDepth.set({ collection }, depth);
        syncLag.set({ collection }, oldest ? Math.max(0, (Date.now() - oldest.at.getTime()) / 1000) : 0);
      }
    })().finally(() => {
      reading = undefined;
    }));
  const outboxDepth = new client.Gauge({
    name: 'kansplek_search_outbox_depth',
    help: 'Changes waiting to reach the search index, per collection',
    labelNames: ['collection'] as const,
    registers: [registry],
    collect: readOutbox,
  });
  const syncLag = new client.Gauge({
    name: 'kansplek_search_sync_lag_seconds',
    help: 'Age of the oldest change waiting to reach the search index, per collection (0 when none waits)',
    labelNames: ['collection'] as const,
    registers: [registry],
    collect: readOutbox,
  });
  new client.Gauge({
    name: 'kansplek_reminders_due',
    help: 'Reminders due and not yet sent',
    registers: [registry],
    async collect() {
      this.set(await ReminderModel.countDocuments({ status: 'pending', dueAt: { $lte: new Date() } }));
    },
  });
  new client.Gauge({
    name: 'kansplek_open_sockets',
    help: 'Open socket.io connections on this process',
    registers: [registry],
    collect() {
      this.set(openSockets());
    },
  });

  /** Times every request; the label is the route's pattern, else `static` (files) or `unmatched`. */
  const timeRequests: RequestHandler = (req, res, next) => {
    const end = requests.startTimer();
    res.once('finish', () => {
      const route =
        res.locals.routePattern ??
        (req.route?.path as string | undefined) ??
        (req.method === 'GET' ? 'static' : 'unmatched');
      end({ method: req.method, route, status_code: res.statusCode });
    });
    next();
  };

  return {
    registry,
    timeRequests,
    /** Told by the platform once socket.io is attached. */
    countSocketsWith(count: () => number) {
      openSockets = count;
    },
  };
}
