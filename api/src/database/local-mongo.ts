import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { findFerretdb, installFerretdb } from './ferretdb-binary';
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from './local-postgres';
import { freePort, stopChild } from './processes';

export interface LocalMongo {
  kind: 'ferretdb' | 'mongodb-memory-server';
  /** FerretDB's backend. */
  backend?: 'postgresql' | 'sqlite';
  /** Server URI without a database name, e.g. `mongodb://127.0.0.1:40123/`. */
  uri: string;
  /** FerretDB's PostgreSQL database, where the embedded database's indexes are made (embedded-indexes.ts). */
  postgresUrl?: string;
  stop(): Promise<void>;
}

type Log = (message: string) => void;

async function waitForPing(uri: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`FerretDB exited (code ${child.exitCode}): ${output().slice(-800)}`);
    const client = new mongoose.mongo.MongoClient(uri, { serverSelectionTimeoutMS: 500 });
    try {
      await client.db('admin').command({ ping: 1 });
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`FerretDB did not answer in 30 s: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await client.close().catch(() => undefined);
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Two FerretDB processes on one SQLite directory would corrupt it: refuse while another one lives. */
function claimDataDir(dir: string): string {
  const pidFile = path.join(dir, 'ferretdb.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8'));
    if (pid && isRunning(pid)) {
      throw new Error(
        `Another Kansplek database (FerretDB, pid ${pid}) is using ${dir}; stop it or set DATA_DIR`,
      );
    }
  }
  return pidFile;
}

async function startFerretdb(
  binary: string,
  dataDir: string,
  postgres: LocalPostgres | undefined,
): Promise<LocalMongo> {
  const dir = path.join(dataDir, 'ferretdb');
  mkdirSync(dir, { recursive: true });
  const pidFile = claimDataDir(dir);
  const port = await freePort();
  const backend = postgres
    ? ['--handler=postgresql', `--postgresql-url=${postgres.url}`]
    : ['--handler=sqlite', `--sqlite-url=file:${dir}/`];
  const args = [
    ...backend,
    `--listen-addr=127.0.0.1:${port}`,
    '--telemetry=disable',
    '--debug-addr=-',
    `--state-dir=${dir}`,
    '--log-level=warn',
  ];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  writeFileSync(pidFile, String(child.pid));
  const stopFerretdb = async () => {
    await stopChild(child);
    rmSync(pidFile, { force: true });
  };
  const stop = async () => {
    await stopFerretdb();
    await postgres?.stop();
  };
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const uri = `mongodb://127.0.0.1:${port}/`;
  try {
    await waitForPing(uri, child, () => output);
  } catch (error) {
    await stopFerretdb();
    throw error;
  }
  return {
    kind: 'ferretdb',
    backend: postgres ? 'postgresql' : 'sqlite',
    uri,
    postgresUrl: postgres?.url,
    stop,
  };
}

async function startMemoryServer(dataDir: string, persistent: boolean): Promise<LocalMongo> {
  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const dbPath = path.join(dataDir, 'mongodb');
  if (persistent) mkdirSync(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: persistent ? { dbPath, storageEngine: 'wiredTiger' } : {},
  });
  return {
    kind: 'mongodb-memory-server',
    uri: server.getUri().replace(/\/?$/, '/'),
    stop: async () => {
      await server.stop({ doCleanup: !persistent });
    },
  };
}

/**
 * The embedded MongoDB-wire server used when MONGODB_URI is unset: FerretDB (found on PATH or installed
 * with Go) on PostgreSQL under dataDir (the system's PostgreSQL binaries; chosen by measurement, see
 * docs/benchmarks.md), on SQLite where PostgreSQL is not installed, else mongodb-memory-server (which
 * downloads MongoDB).
 */
export async function startLocalMongo(options: {
  dataDir: string;
  log: Log;
  persistent?: boolean;
  /** EMBEDDED_DB_BACKEND: `sqlite` keeps FerretDB on SQLite even where PostgreSQL is installed. */
  backend?: 'postgresql' | 'sqlite';
}): Promise<LocalMongo> {
  const persistent = options.persistent ?? true;
  const binary = findFerretdb() ?? installFerretdb(options.log);
  if (binary) {
    // Refuse before anything starts while another start's FerretDB uses this folder.
    claimDataDir(path.join(options.dataDir, 'ferretdb'));
    const bin = options.backend === 'sqlite' ? undefined : findPostgresBin();
    if (!bin && options.backend !== 'sqlite')
      options.log('PostgreSQL is not installed; FerretDB runs on SQLite (much slower, see README)');
    const postgres = bin
      ? await startLocalPostgres({ bin, dataDir: options.dataDir, log: options.log, persistent })
      : undefined;
    return startFerretdb(binary, options.dataDir, postgres).catch(async (error: unknown) => {
      await postgres?.stop();
      throw error;
    });
  }
  options.log(
    'FerretDB is not available (no ferretdb binary and no Go); falling back to mongodb-memory-server',
  );
  return startMemoryServer(options.dataDir, persistent);
}
