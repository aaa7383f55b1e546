import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT_DIR = path.resolve(__dirname, '..', '..');
const WORKSPACES = ['api', 'search', 'seed', 'client'];
const SERVER_WORKSPACES = ['@kansplek/api', '@kansplek/search', '@kansplek/seed'];

/**
 * What the Dockerfile's last stage does, in a temporary folder: the manifests and the lock, production
 * dependencies of the server's workspaces only, then the compiled output and the client's build.
 * Answers the folder.
 */
export function installBuild(): string {
  for (const built of [
    'api/dist/main.js',
    'search/dist/index.js',
    'seed/dist/index.js',
    'client/dist/index.html',
  ]) {
    if (!existsSync(path.join(ROOT_DIR, built)))
      throw new Error(`${built} is missing: run npm run build first`);
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kansplek-production-'));
  for (const file of ['package.json', 'package-lock.json'])
    copyFileSync(path.join(ROOT_DIR, file), path.join(dir, file));
  for (const workspace of WORKSPACES) {
    mkdirSync(path.join(dir, workspace));
    copyFileSync(path.join(ROOT_DIR, workspace, 'package.json'), path.join(dir, workspace, 'package.json'));
  }
  const workspaces = SERVER_WORKSPACES.flatMap((name) => ['--workspace', name]);
  execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund', ...workspaces], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 600_000,
  });
  for (const workspace of ['api', 'search', 'seed', 'client']) {
    cpSync(path.join(ROOT_DIR, workspace, 'dist'), path.join(dir, workspace, 'dist'), { recursive: true });
  }
  return dir;
}
