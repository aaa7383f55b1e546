import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, cpSync, chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.2';

type Log = (message: string) => void;

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function goBinDir(): string | undefined {
  try {
    const gopath = execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim();
    return gopath ? path.join(gopath.split(path.delimiter)[0] ?? gopath, 'bin') : undefined;
  } catch {
    return undefined;
  }
}

/** A ferretdb binary that starts (prints its version), from PATH or Go's bin folder. */
export function findFerretdb(): string | undefined {
  const dirs = [
    ...(process.env.PATH ?? '').split(path.delimiter),
    goBinDir(),
    path.join(os.homedir(), 'go', 'bin'),
  ];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = path.join(dir, 'ferretdb');
    if (isExecutable(candidate) && spawnSync(candidate, ['--version'], { timeout: 10_000 }).status === 0) {
      return candidate;
    }
  }
  return undefined;
}

function hasGo(): boolean {
  return spawnSync('go', ['version'], { timeout: 10_000 }).status === 0;
}

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 15 * 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed: ${(result.stderr || result.stdout || '').trim().slice(-800)}`,
    );
  }
}

/**
 * Installs FerretDB from the Go module proxy into Go's bin folder.
 * First the documented `go install`. A module-proxy copy lacks build/version/version.txt (generated at
 * release), which makes that binary panic at start, and some proxies refuse the deprecation lookup
 * `go install` makes; so the fallback builds the same proxy module with that one file written, as
 * FerretDB's build/version package documents.
 */
export function installFerretdb(log: Log): string | undefined {
  if (!hasGo()) return undefined;
  const binDir = goBinDir() ?? path.join(os.homedir(), 'go', 'bin');
  log(`Installing FerretDB ${FERRETDB_VERSION} with Go (first start only, takes a minute or two)…`);
  const target = path.join(binDir, 'ferretdb');
  try {
    run('go', ['install', `${FERRETDB_MODULE}/cmd/ferretdb@${FERRETDB_VERSION}`], os.tmpdir());
    if (spawnSync(target, ['--version'], { timeout: 10_000 }).status === 0) return target;
  } catch (error) {
    log(
      `go install did not succeed (${(error as Error).message.split('\n')[0]}); building the module instead`,
    );
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'kansplek-ferretdb-'));
  try {
    run('go', ['mod', 'init', 'kansplek.local/ferretdb'], work);
    const download = spawnSync('go', ['mod', 'download', '-json', `${FERRETDB_MODULE}@${FERRETDB_VERSION}`], {
      cwd: work,
      encoding: 'utf8',
      timeout: 10 * 60_000,
    });
    const moduleDir = (JSON.parse(download.stdout || '{}') as { Dir?: string }).Dir;
    if (!moduleDir) throw new Error(`go mod download failed: ${download.stderr}`);
    const source = path.join(work, 'src');
    cpSync(moduleDir, source, { recursive: true });
    chmodSync(path.join(source, 'build', 'version'), 0o755);
    writeFileSync(path.join(source, 'build', 'version', 'version.txt'), `${FERRETDB_VERSION}\n`);
    run(
      'go',
      ['mod', 'edit', `-require=${FERRETDB_MODULE}@${FERRETDB_VERSION}`, `-replace=${FERRETDB_MODULE}=./src`],
      work,
    );
    run('go', ['build', '-o', target, `${FERRETDB_MODULE}/cmd/ferretdb`], work, {
      ...process.env,
      GOFLAGS: `${process.env.GOFLAGS ?? ''} -mod=mod`.trim(),
    });
    return spawnSync(target, ['--version'], { timeout: 10_000 }).status === 0 ? target : undefined;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
