import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { collectOutput } from '../embedded/child-server';
import { findFerretdb, installFerretdb } from './ferretdb-binary';
import { findPostgresBin, startLocalPostgres, type LocalPostgres } from './local-postgres';
import { freePort, stopChild } from './processes';
import { TIED_CHILD_MARK, spawnTiedToParent } from './tied-child';

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

/** Another live process uses the embedded database's folder; worded for the person who started this one. */
export class DataDirInUseError extends Error {}

async function exitsWithin(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

/** Whether the process is a database server this code started on `dir` (its command line says so). */
function isOurServer(pid: number, dir: string): boolean {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return (
      commandLine.includes(dir) &&
      (commandLine.includes(TIED_CHILD_MARK) || /ferretdb|postgres/.test(commandLine))
    );
  } catch {
    return false;
  }
}

/**
 * Two FerretDB processes on one SQLite directory would corrupt it. The pid file names the server's
 * supervisor and the API that started it. While that API lives, this start is refused. When it has
 * gone (killed), its server is stopping by itself (tied-child.ts): wait for that, and stop it here if
 * it lingers and its command line proves it is ours.
 */
async function claimDataDir(dir: string): Promise<string> {
  const pidFile = path.join(dir, 'ferretdb.pid');
  if (!existsSync(pidFile)) return pidFile;
  const [pid, ownerPid] = readFileSync(pidFile, 'utf8').trim().split(/\s+/).map(Number);
  if (!pid || !isRunning(pid)) return pidFile;
  const inUse = () =>
    new DataDirInUseError(
      `Another Kansplek process (pid ${ownerPid || pid}) is using the database in ${dir}; stop it first, ` +
        'or set DATA_DIR to another folder',
    );
  if (ownerPid && ownerPid !== process.pid && isRunning(ownerPid)) throw inUse();
  if (await exitsWithin(pid, 12_000)) return pidFile;
  if (!isOurServer(pid, dir)) throw inUse();
  process.kill(pid, 'SIGKILL');
  if (!(await exitsWithin(pid, 5_000))) throw inUse();
  return pidFile;
}

async function startFerretdb(
  binary: string,
  dataDir: string,
  pidFile: string,
  postgres: LocalPostgres | undefined,
): Promise<LocalMongo> {
  const dir = path.join(dataDir, 'ferretdb');
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
  const child = spawnTiedToParent(binary, args);
  writeFileSync(pidFile, `${child.pid} ${process.pid}`);
  const stopFerretdb = async () => {
    await stopChild(child);
    rmSync(pidFile, { force: true });
  };
  const output = collectOutput(child);
  const uri = `mongodb://127.0.0.1:${port}/`;
  try {
    await waitForPing(uri, child, output);
  } catch (error) {
    await stopFerretdb();
    throw error;
  }
  return {
    kind: 'ferretdb',
    backend: postgres ? 'postgresql' : 'sqlite',
    uri,
    postgresUrl: postgres?.url,
    stop: async () => {
      await stopFerretdb();
      await postgres?.stop();
    },
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
    const dir = path.join(options.dataDir, 'ferretdb');
    mkdirSync(dir, { recursive: true });
    // Claimed before anything starts: another live start keeps the folder, PostgreSQL's included.
    const pidFile = await claimDataDir(dir);
    const bin = options.backend === 'sqlite' ? undefined : findPostgresBin();
    if (!bin && options.backend !== 'sqlite')
      options.log('PostgreSQL is not installed; FerretDB runs on SQLite (much slower, see README)');
    const postgres = bin
      ? await startLocalPostgres({ bin, dataDir: options.dataDir, log: options.log, persistent })
      : undefined;
    return startFerretdb(binary, options.dataDir, pidFile, postgres).catch(async (error: unknown) => {
      await postgres?.stop();
      throw error;
    });
  }
  options.log(
    'FerretDB is not available (no ferretdb binary and no Go); falling back to mongodb-memory-server',
  );
  return startMemoryServer(options.dataDir, persistent);
}
