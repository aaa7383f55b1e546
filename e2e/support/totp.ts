import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Page } from 'playwright-core';

const PERIOD_MS = 30_000;

/**
 * The last time step used per account, kept in a file for the whole run: each test file has its own
 * modules, but the platform remembers across them which codes were used.
 */
function stateFile(): string {
  const port = new URL(process.env.E2E_BASE_URL ?? 'http://localhost:0').port;
  return path.join(os.tmpdir(), `kansplek-e2e-totp-${port}.json`);
}

function usedSteps(): Record<string, number> {
  try {
    return JSON.parse(readFileSync(stateFile(), 'utf8')) as Record<string, number>;
  } catch {
    return {};
  }
}

/**
 * A code the platform accepts: of now or the next step (it accepts one step either side), later than
 * any this account used. Two sign-ins per 30 seconds; a third waits for the next step.
 */
export async function codeForSignIn(account: string, secret: string): Promise<string> {
  const steps = usedSteps();
  let now = Math.floor(Date.now() / PERIOD_MS);
  const last = steps[account] ?? 0;
  if (last + 1 > now + 1) {
    await new Promise((resolve) => setTimeout(resolve, last * PERIOD_MS - Date.now() + 500));
    now = Math.floor(Date.now() / PERIOD_MS);
  }
  const step = Math.max(now, last + 1);
  writeFileSync(stateFile(), JSON.stringify({ ...steps, [account]: step }));
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  return totp.generate({ timestamp: step * PERIOD_MS });
}

/** After the code is sent: false once the page has left the login page, true if the code was refused. */
export async function signInRefused(page: Page): Promise<boolean> {
  const refused = page.getByText('Deze code klopt niet of is al gebruikt', { exact: false }).first();
  const left = page.waitForURL((url) => url.pathname !== '/inloggen', { timeout: 15_000 });
  // Neither wait rejects: the one that loses the race times out on its own, unheard.
  const outcome = await Promise.race([
    left.then(
      () => false,
      () => null,
    ),
    refused.waitFor({ timeout: 15_000 }).then(
      () => true,
      () => null,
    ),
  ]);
  return outcome === true;
}
