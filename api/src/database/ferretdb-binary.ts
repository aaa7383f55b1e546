import { spawnSync } from 'node:child_process';
import { cpSync, chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { answers, findGoBinary, hasGo, installDir, run } from '../embedded/go-binary';

export const FERRETDB_MODULE = 'github.com/FerretDB/FerretDB';
export const FERRETDB_VERSION = 'v1.24.2';

type Log = (message: string) => void;

/** A ferretdb binary that starts (prints its version), from PATH or Go's bin folder. */
export function findFerretdb(): string | undefined {
  return findGoBinary('ferretdb', ['--version']);
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
  const binDir = installDir();
  log(`Installing FerretDB ${FERRETDB_VERSION} with Go (first start only, takes a minute or two)…`);
  const target = path.join(binDir, 'ferretdb');
  try {
    run('go', ['install', `${FERRETDB_MODULE}/cmd/ferretdb@${FERRETDB_VERSION}`], os.tmpdir());
    if (answers(target, ['--version'])) return target;
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
    return answers(target, ['--version']) ? target : undefined;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
