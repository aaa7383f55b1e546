import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommand, startApi, type InstalledApi } from './installed-api';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (isRunning(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return !isRunning(pid);
}

/** The quick start's way: the embedded database under DATA_DIR, no demo (faster). */
function embeddedEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_OPTIONS: '--conditions=kansplek-compiled',
    DATA_DIR: dataDir,
    DEMO_DATA: 'false',
    API_MAX_OLD_SPACE_MB: '512',
    LOG_LEVEL: 'warn',
  };
}

describe('crash recovery of the embedded database', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kansplek-crash-'));
  let api: InstalledApi | undefined;
  afterAll(async () => {
    api?.child.kill('SIGTERM');
    await api?.exited;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when reindex runs on the data folder of a running API, then it is refused with a sentence naming that process', async () => {
    api = await startApi(embeddedEnv(dataDir));
    const { code, output } = await runCommand('api/dist/scale/reindex-command.js', [], embeddedEnv(dataDir));
    expect(code).toBe(1);
    expect(output).toContain(`Another Kansplek process (pid ${api.child.pid}) is using the database in`);
    expect(output).not.toMatch(/^\s+at /m);
  });

  it('when the API is killed with SIGKILL, then its database server stops by itself and the next start comes up', async () => {
    const [serverPid] = readFileSync(path.join(dataDir, 'ferretdb', 'ferretdb.pid'), 'utf8')
      .split(' ')
      .map(Number);
    expect(isRunning(serverPid!)).toBe(true);
    api!.child.kill('SIGKILL');
    await api!.exited;
    // The server's supervisor saw its API go and stopped it (tied-child.ts), without a new start.
    expect(await gone(serverPid!, 10_000)).toBe(true);
    api = await startApi(embeddedEnv(dataDir));
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
  });
});
