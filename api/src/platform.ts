import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { createSearchEngine } from '@kansplek/search';
import { createApp } from './app';
import { subscribeEventHandlers } from './event-handlers';
import type { TConfig } from './config';
import { connectDatabase, connectOptions, disconnectDatabase } from './database/connect';
import { runMigrations } from './migrations/run-migrations';
import { startLocalMongo, type LocalMongo } from './database/local-mongo';
import { configureGeocoder } from './geo/geocode-address';
import { loadDemoData, type DemoAccount } from './demo/load-demo';
import { tellDemoStory } from './demo/demo-story-load';
import { runExclusively } from './database/leader-lease';
import type { Logger } from './logger';
import { socketSessions } from './auth/session-user';
import { attachRealtime } from './realtime/realtime.server';
import { setRealtimeServer } from './realtime/emit';
import { startMailServer, type MailServer } from './mail/start-mail';
import { startMaintenance } from './maintenance';
import { startReminders } from './reminders/reminders.service';
import { searchSources } from './search-sources';
import { searchEngineOptions } from './search-sync/search-engine';
import { startSearchSync } from './search-sync/start-search';
import { joinCluster } from './cluster/join-cluster';
import { markStopping } from './health/readiness';

/** How long requests in flight may take to finish once the process stops accepting new ones. */
const IN_FLIGHT_GRACE_MS = 10_000;

function assertPortFree(port: number, host?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use; stop the other process or set PORT`)
          : err,
      ),
    );
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

export interface Platform {
  url: string;
  databaseKind: string;
  /** The embedded Mailpit, where every mail the app sends can be read; null with SMTP_URL. */
  mailpit: MailServer['mailpit'];
  demoAccounts: DemoAccount[];
  stop(): Promise<void>;
}

/** Starts everything one process runs: database (embedded if none configured), search, HTTP API, client, realtime. */
export async function startPlatform(config: TConfig, log: Logger): Promise<Platform> {
  // Fail on a taken port before starting a database that would share the data directory.
  if (config.PORT !== 0) await assertPortFree(config.PORT, config.HOST);
  let localMongo: LocalMongo | undefined;
  // Before anything that shares state with other API processes through Redis.
  const cluster = await joinCluster(config.REDIS_URL, log);
  let uri = config.MONGODB_URI;
  if (!uri) {
    localMongo = await startLocalMongo({
      dataDir: config.DATA_DIR,
      log: (m) => log.info(m),
      backend: config.EMBEDDED_DB_BACKEND,
    });
    log.info({ kind: localMongo.kind, dataDir: config.DATA_DIR }, 'embedded MongoDB-wire server started');
    uri = localMongo.uri;
  }
  const mail = await startMailServer(config, log);
  try {
    await connectDatabase(uri, localMongo ? 'kansplek' : undefined, connectOptions(config, localMongo));
    // Before anything reads: stored data in the shape this version of the code reads.
    await runMigrations((m: string) => log.info(m));
    configureGeocoder(config.GEOCODER);
    subscribeEventHandlers(log);
    const search = createSearchEngine({
      ...searchEngineOptions(config),
      onSearchThreadFailure: (err) =>
        log.error(
          { err },
          'search thread stopped; searches go on in the API thread (restart to get it back)',
        ),
    });
    // Replicas starting together load the demo one at a time: the others wait, then find it loaded.
    const alone = !config.REDIS_URL;
    const demoAccounts = config.DEMO_DATA
      ? await runExclusively('demo-load', () => loadDemoData((m) => log.info(m)), { alone })
      : [];

    const searchSync = await startSearchSync(search, log, searchSources());
    if (config.DEMO_DATA)
      await runExclusively('demo-story', () => tellDemoStory((m) => log.info(m)), { alone });

    const { app, sessionMiddleware, metrics } = createApp({ config, log, search });
    const server = http.createServer(app);
    const io = await attachRealtime(server, sessionMiddleware, socketSessions, log);
    metrics.countSocketsWith(() => io.engine.clientsCount);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, resolve);
    });
    const { port } = server.address() as AddressInfo;
    const maintenance = startMaintenance(log, { decisionLogMonths: config.DECISION_LOG_MONTHS });
    // After realtime is attached, so reminders caught up at start are also pushed live.
    const reminders = startReminders(log);
    mail.startSending();

    return {
      url: `http://localhost:${port}`,
      databaseKind: localMongo?.kind ?? 'external',
      mailpit: mail.mailpit,
      demoAccounts,
      stop: async () => {
        // Readiness fails first; load balancers get SHUTDOWN_DELAY_SECONDS to stop sending, and
        // requests arriving meanwhile are still served.
        markStopping();
        await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DELAY_SECONDS * 1000));
        maintenance.stop();
        await reminders.stop();
        await mail.stop();
        setRealtimeServer(undefined);
        // Sockets close (their clients reconnect, through the proxy to another process); the server
        // accepts no more connections and requests in flight get IN_FLIGHT_GRACE_MS to finish.
        await new Promise<void>((resolve) => {
          io.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), IN_FLIGHT_GRACE_MS).unref();
        });
        await searchSync.stop();
        await search.close();
        await cluster.stop();
        await disconnectDatabase();
        await localMongo?.stop();
      },
    };
  } catch (error) {
    await disconnectDatabase().catch(() => undefined);
    await mail.stop();
    await localMongo?.stop();
    await cluster.stop();
    throw error;
  }
}
