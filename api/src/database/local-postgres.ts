import { spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, stopChild } from './processes';
import { spawnTiedToParent } from './tied-child';

export interface LocalPostgres {
  /** `postgres://kansplek@127.0.0.1:<port>/ferretdb`: the database FerretDB keeps its collections in. */
  url: string;
  stop(): Promise<void>;
}

type Log = (message: string) => void;
type Owner = { uid: number; gid: number } | undefined;

const USER = 'kansplek';
const DATABASE = 'ferretdb';

/** The folder with `initdb` and `postgres`: from PATH, else Debian's /usr/lib/postgresql/<newest>/bin. */
export function findPostgresBin(): string | undefined {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql')
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => path.join('/usr/lib/postgresql', version, 'bin'))
    : [];
  return [...onPath, ...debian].find(
    (dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'postgres')),
  );
}

/** PostgreSQL refuses to run as root; then it runs as the `postgres` user Debian's package creates. */
function owner(): Owner {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim();
  const [uid, gid] = [Number(id('-u')), Number(id('-g'))];
  if (!uid) throw new Error('Running as root, PostgreSQL needs a `postgres` user to run as; there is none');
  return { uid, gid };
}

/** The cluster's folder; as root, one the `postgres` user can reach (a data folder under /root is not). */
function clusterDir(dataDir: string, runAs: Owner, log: Log): string {
  const wanted = path.join(dataDir, 'postgres');
  mkdirSync(wanted, { recursive: true });
  if (!runAs) return wanted;
  chownSync(wanted, runAs.uid, runAs.gid);
  if (spawnSync('test', ['-w', wanted, '-a', '-x', wanted], runAs).status === 0) return wanted;
  const hash = createHash('sha256').update(path.resolve(wanted)).digest('hex').slice(0, 12);
  const elsewhere = path.join(os.tmpdir(), `kansplek-postgres-${hash}`);
  mkdirSync(elsewhere, { recursive: true, mode: 0o700 });
  chownSync(elsewhere, runAs.uid, runAs.gid);
  log(`The postgres user cannot reach ${wanted}; the database lives in ${elsewhere}`);
  return elsewhere;
}

/**
 * A postmaster still running on the folder from a start that crashed (local-mongo.ts has refused to
 * start while that start's FerretDB lives): stop it, so this start can have the folder.
 */
async function stopOrphan(dir: string, log: Log): Promise<void> {
  const pidFile = path.join(dir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  if (!pid || !alive()) return;
  log(`Stopping the PostgreSQL (pid ${pid}) a previous start left running on ${dir}`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; alive() && waited < 15_000; waited += 100)
    await new Promise((r) => setTimeout(r, 100));
}

function run(bin: string, args: string[], runAs: Owner): void {
  const result = spawnSync(bin, args, { ...runAs, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`${bin} failed: ${(result.stderr || result.stdout).slice(-800)}`);
}

async function waitForDatabase(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  const admin = url.replace(/\/[^/]*$/, '/postgres');
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`PostgreSQL exited (code ${child.exitCode}): ${output().slice(-800)}`);
    const client = new pg.Client({ connectionString: admin });
    try {
      await client.connect();
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (!found.rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`PostgreSQL did not answer in 30 s: ${(error as Error).message}`);
      await new Promise((r) => setTimeout(r, 200));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/**
 * A PostgreSQL cluster under dataDir for FerretDB's PostgreSQL backend (initdb on first use), on a free
 * loopback port, no Unix socket. `plan_cache_mode=force_custom_plan`: FerretDB sends the field names of
 * a filter as parameters (`_jsonb->$1 @> $2`); only a plan made with their values can use an index on
 * `_jsonb->'field'` (embedded-indexes.ts), and a cached generic plan would scan.
 * Written by hand (started like FerretDB in local-mongo.ts): the system's binaries are used as they are.
 */
export async function startLocalPostgres(options: {
  bin: string;
  dataDir: string;
  log: Log;
  persistent: boolean;
}): Promise<LocalPostgres> {
  const runAs = owner();
  const dir = clusterDir(options.dataDir, runAs, options.log);
  if (!existsSync(path.join(dir, 'PG_VERSION'))) {
    options.log('Creating the embedded PostgreSQL database (first start only)…');
    const initdb = path.join(options.bin, 'initdb');
    run(initdb, ['-D', dir, '-U', USER, '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync'], runAs);
  }
  await stopOrphan(dir, options.log);
  const port = await freePort();
  const settings = {
    listen_addresses: '127.0.0.1',
    port: String(port),
    unix_socket_directories: '',
    plan_cache_mode: 'force_custom_plan',
    // A crash may lose the last moments of writes, never the database's consistency.
    synchronous_commit: 'off',
    // Test databases are thrown away: nothing to keep across a crash.
    ...(options.persistent ? {} : { fsync: 'off', full_page_writes: 'off' }),
  };
  const args = ['-D', dir, ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  // Tied to this process: when it dies, however, PostgreSQL gets SIGINT (its fast shutdown).
  const child = spawnTiedToParent(path.join(options.bin, 'postgres'), args, {
    ...runAs,
    stopSignal: 'SIGINT',
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  // SIGINT is PostgreSQL's fast shutdown: sessions are ended, the data is consistent on disk.
  const stop = async () => {
    await stopChild(child, 'SIGINT');
    // A throw-away cluster (tests) goes with its server, wherever clusterDir put it.
    if (!options.persistent) rmSync(dir, { recursive: true, force: true });
  };
  const url = `postgres://${USER}@127.0.0.1:${port}/${DATABASE}`;
  try {
    await waitForDatabase(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
