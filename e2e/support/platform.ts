import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

export const ROOT_DIR = path.resolve(__dirname, '..', '..');
// The first start loads the demo region, so readiness may take a while.
const READY_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 15_000;

export interface RunningPlatform {
  url: string;
  /** The platform's embedded Mailpit, as its console names it: every mail the app sends lands there. */
  mailpitUrl: string;
  child: ChildProcess;
  dataDir: string;
  output: string[];
}

async function waitUntilReady(platform: RunningPlatform): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (platform.child.exitCode !== null) {
      throw new Error(`The platform stopped (exit ${platform.child.exitCode}):\n${platform.output.join('')}`);
    }
    try {
      const response = await fetch(`${platform.url}/readyz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `The platform was not ready within ${READY_TIMEOUT_MS / 1000} s:\n${platform.output.join('')}`,
  );
}

/** The line `E-mail (Mailpit): http://…` the start script prints once the platform runs. */
async function mailpitUrlFrom(platform: RunningPlatform): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const match = /E-mail \(Mailpit\): (http\S+)/.exec(platform.output.join(''));
    if (match) return match[1]!;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The platform named no Mailpit:\n${platform.output.join('')}`);
}

/**
 * Starts the API with its start script, as `npm start` does after building, on a free port with an
 * empty data folder (so demo data is seeded). The start script runs the compiled API, so the server's
 * workspaces are compiled first: a run of one test file tests the code as it is, not an older build.
 */
export async function startPlatform(): Promise<RunningPlatform> {
  const server = ['@kansplek/search', '@kansplek/seed', '@kansplek/api'].flatMap((w) => ['-w', w]);
  execFileSync('npm', ['run', 'build', ...server], { cwd: ROOT_DIR, stdio: ['ignore', 'ignore', 'inherit'] });
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kansplek-e2e-'));
  const child = spawn('npm', ['run', 'start', '-w', '@kansplek/api'], {
    cwd: ROOT_DIR,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'test',
      // The suite logs in more often than a person would within 15 minutes.
      LOGIN_ATTEMPTS_PER_15_MIN: '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const output: string[] = [];
  // Kept for the error message if the platform fails; the last lines are the ones that matter.
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const platform = { url: `http://localhost:${port}`, mailpitUrl: '', child, dataDir, output };
  try {
    await waitUntilReady(platform);
    platform.mailpitUrl = await mailpitUrlFrom(platform);
  } catch (error) {
    await stopPlatform(platform);
    throw error;
  }
  return platform;
}

function groupIsAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

/**
 * SIGTERM to the whole process group: npm does not pass the signal on to the API, so
 * signalling npm alone would leave the API running. Waits for the group to end; SIGKILL only if it hangs.
 */
export async function stopPlatform(platform: RunningPlatform): Promise<void> {
  const pid = platform.child.pid;
  if (pid !== undefined && groupIsAlive(pid)) {
    process.kill(-pid, 'SIGTERM');
    if (!(await waitFor(() => !groupIsAlive(pid), STOP_TIMEOUT_MS))) process.kill(-pid, 'SIGKILL');
  }
  rmSync(platform.dataDir, { recursive: true, force: true });
}
