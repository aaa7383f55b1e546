import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import mongoose from 'mongoose';
import { collectOutput, freePort, stopChild } from '../embedded/child-server';
import { findFerretdb, installFerretdb } from './ferretdb-binary';

export interface LocalMongo {
  kind: 'ferretdb' | 'mongodb-memory-server';
  /** Server URI without a database name, e.g. `mongodb://127.0.0.1:40123/`. */
  uri: string;
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

async function startFerretdb(binary: string, dataDir: string): Promise<LocalMongo> {
  const dir = path.join(dataDir, 'ferretdb');
  mkdirSync(dir, { recursive: true });
  const pidFile = claimDataDir(dir);
  const port = await freePort();
  const args = [
    '--handler=sqlite',
    `--sqlite-url=file:${dir}/`,
    `--listen-addr=127.0.0.1:${port}`,
    '--telemetry=disable',
    '--debug-addr=-',
    `--state-dir=${dir}`,
    '--log-level=warn',
  ];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  writeFileSync(pidFile, String(child.pid));
  const stop = async () => {
    await stopChild(child);
    rmSync(pidFile, { force: true });
  };
  const output = collectOutput(child);
  const uri = `mongodb://127.0.0.1:${port}/`;
  try {
    await waitForPing(uri, child, output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { kind: 'ferretdb', uri, stop };
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
 * The embedded MongoDB-wire server used when MONGODB_URI is unset: FerretDB on SQLite under dataDir
 * (found on PATH or installed with Go), else mongodb-memory-server (which downloads MongoDB).
 */
export async function startLocalMongo(options: {
  dataDir: string;
  log: Log;
  persistent?: boolean;
}): Promise<LocalMongo> {
  const binary = findFerretdb() ?? installFerretdb(options.log);
  if (binary) return startFerretdb(binary, options.dataDir);
  options.log(
    'FerretDB is not available (no ferretdb binary and no Go); falling back to mongodb-memory-server',
  );
  return startMemoryServer(options.dataDir, options.persistent ?? true);
}
