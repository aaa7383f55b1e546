import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { appDir, productionEnv, runCommand, signIn, startApi, type InstalledApi } from './installed-api';

const ADMIN_PASSWORD = 'een-lang-beheerwachtwoord';

describe('the built output, installed as the image installs it', () => {
  let api: InstalledApi;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    env = productionEnv();
    api = await startApi(env);
  });
  afterAll(async () => {
    api?.child.kill('SIGTERM');
    await api?.exited;
  });

  it('when installed with production dependencies only, then it holds no TypeScript runner, compiler, source or client library', () => {
    const dir = appDir();
    for (const absent of ['tsx', 'typescript', 'jest', 'vite', 'react', '@swc/core']) {
      expect(existsSync(path.join(dir, 'node_modules', absent))).toBe(false);
    }
    for (const workspace of ['api', 'search', 'seed']) {
      const files = readdirSync(path.join(dir, workspace));
      expect(files).toContain('dist');
      expect(files).not.toContain('src');
    }
    expect(existsSync(path.join(dir, 'node_modules', 'express'))).toBe(true);
  });

  it('when started in production from it, then it is ready, serves the client, the API and metrics, and has no demo accounts', async () => {
    const ready = await fetch(`${api.url}/readyz`);
    expect(await ready.json()).toEqual({
      status: 'ready',
      checks: { mongodb: 'ok', search: 'ok (embedded)' },
    });
    const page = await fetch(`${api.url}/`);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${api.url}/api/openapi.json`)).status).toBe(200);
    expect(await (await fetch(`${api.url}/metrics`)).text()).toContain('nodejs_eventloop_lag_seconds');
    expect((await signIn(api.url, 'admin@kansplek.nl', 'Kansplek-demo-2026')).status).toBe(401);
    // The heap limit given on the command line (API_MAX_OLD_SPACE_MB=512) is the one in force.
    expect(api.output()).toMatch(/"heapLimitMb":(5[0-9]{2}|6[0-9]{2}|7[0-6][0-9])\b/);
    expect(api.output()).not.toContain('heap limit in force');
  });

  it('when create-admin runs from the built output, then that administrator signs in and the log names nobody', async () => {
    const { code, output } = await runCommand(
      'api/dist/users/create-admin-command.js',
      ['--email', 'beheer@gemeente.example', '--name', 'Bea Beheer'],
      { ...env, ADMIN_PASSWORD },
    );
    expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('Administrator created') });
    expect(output).not.toMatch(/Bea Beheer|beheer@gemeente/);
    expect((await signIn(api.url, 'beheer@gemeente.example', ADMIN_PASSWORD)).status).toBe(200);

    const again = await runCommand(
      'api/dist/users/create-admin-command.js',
      ['--email', 'beheer@gemeente.example', '--name', 'Bea Beheer'],
      { ...env, ADMIN_PASSWORD },
    );
    expect(again.code).toBe(1);
    expect(again.output).toContain(
      'No administrator created: A user with this e-mail address already exists',
    );
  });

  it('when production lacks its secrets and addresses, then it stops at once naming each of them', async () => {
    const { code, output } = await runCommand('api/dist/main.js', [], {
      ...productionEnv({
        SESSION_SECRET: undefined,
        MONGODB_URI: undefined,
        PUBLIC_URL: undefined,
        SMTP_URL: undefined,
      }),
      MEILI_URL: 'http://127.0.0.1:7700',
    });
    expect(code).toBe(1);
    for (const variable of ['SESSION_SECRET', 'MONGODB_URI', 'PUBLIC_URL', 'SMTP_URL', 'MEILI_MASTER_KEY']) {
      expect(output).toContain(`${variable}: is required`);
    }
  });
});
