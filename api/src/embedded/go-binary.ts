import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The embedded servers (FerretDB, Mailpit) are Go programs: found on PATH or in Go's bin folder, and
 * installed there with `go install` on first start when Go is available.
 */

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export function goBinDir(): string | undefined {
  try {
    const gopath = execFileSync('go', ['env', 'GOPATH'], { encoding: 'utf8' }).trim();
    return gopath ? path.join(gopath.split(path.delimiter)[0] ?? gopath, 'bin') : undefined;
  } catch {
    return undefined;
  }
}

/** Where `go install` puts binaries: GOPATH/bin, or ~/go/bin when Go is not on PATH. */
export function installDir(): string {
  return goBinDir() ?? path.join(os.homedir(), 'go', 'bin');
}

/** Whether the binary starts and answers `args` (e.g. `--version`) with exit code 0. */
export function answers(binary: string, args: string[]): boolean {
  return spawnSync(binary, args, { timeout: 10_000 }).status === 0;
}

/** A binary `name` that answers `versionArgs`, from PATH or Go's bin folder. */
export function findGoBinary(name: string, versionArgs: string[]): string | undefined {
  const dirs = [
    ...(process.env.PATH ?? '').split(path.delimiter),
    goBinDir(),
    path.join(os.homedir(), 'go', 'bin'),
  ];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    if (isExecutable(candidate) && answers(candidate, versionArgs)) return candidate;
  }
  return undefined;
}

export function hasGo(): boolean {
  return spawnSync('go', ['version'], { timeout: 10_000 }).status === 0;
}

export function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 15 * 60_000 });
  if (result.status !== 0) {
    throw new Error(
      `${cmd} ${args.join(' ')} failed: ${(result.stderr || result.stdout || '').trim().slice(-800)}`,
    );
  }
}
