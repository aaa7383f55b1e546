import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { codeForSignIn, signInRefused } from './totp';

export const DEMO_PASSWORD = 'Kansplek-demo-2026';
/** The demo staff accounts' second factor (README, "Demo"): any authenticator app computes its codes. */
export const DEMO_TOTP_SECRET = 'KANSPLEKDEMOKANSPLEKDEMOKANSPLEK';

export const DEMO_ACCOUNTS = {
  admin: 'admin@kansplek.nl',
  consultant: 'consultant@kansplek.nl',
  contractor: 'aannemer@kansplek.nl',
  candidate: 'kandidaat@kansplek.nl',
  municipality: 'gemeente@kansplek.nl',
} as const;

export function baseUrl(): string {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests with e2e/jest.config.cjs');
  return url;
}

/** Debian's Chromium; no browser can be downloaded here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * One browser per test file, launched before its tests and closed after them. Call at the top of a
 * file; the returned function opens a fresh page (own context: cookies, storage) in that browser.
 */
export function useBrowser(): () => Promise<Page> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => newPage(browser!);
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'nl-NL',
    viewport: { width: 1280, height: 900 },
  });
  return context.newPage();
}

/** Runs axe with the WCAG 2.1 A/AA rules and returns the serious and critical violations, printed. */
export async function seriousAccessibilityViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const violation of serious) {
    console.error(
      `[axe] ${where}: ${violation.id} (${violation.impact}) ${violation.help}\n` +
        violation.nodes
          .map((node) => `  - ${node.target.join(' ')}: ${node.failureSummary ?? ''}`)
          .join('\n'),
    );
  }
  return serious.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** A new page of its own, signed in as `email` and showing the home page ("Welkom, …"). */
export async function signedInPage(openPage: () => Promise<Page>, email: string): Promise<Page> {
  const page = await openPage();
  await logIn(page, email);
  await page.getByRole('heading', { level: 1, name: /^Welkom, / }).waitFor();
  return page;
}

/** Demo accounts that sign in with a second factor (staff). */
const WITH_SECOND_FACTOR = new Set<string>([
  DEMO_ACCOUNTS.admin,
  DEMO_ACCOUNTS.consultant,
  DEMO_ACCOUNTS.municipality,
]);

/**
 * Signs in as a person does: e-mail and password, then for staff the code their authenticator app
 * would show (computed from the demo secret). With another password it stops after the first step.
 */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/inloggen');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  if (password === DEMO_PASSWORD && WITH_SECOND_FACTOR.has(email)) {
    await enterSecondFactorCode(page, email, DEMO_TOTP_SECRET);
  }
}

/** The second step: the code of a time step not used before (a code works once); another on refusal. */
export async function enterSecondFactorCode(page: Page, account: string, secret: string): Promise<void> {
  const field = page.getByLabel('Code', { exact: true });
  await field.waitFor();
  for (let attempt = 0; ; attempt += 1) {
    await field.fill(await codeForSignIn(account, secret));
    await page.getByRole('button', { name: 'Inloggen' }).click();
    if (!(await signInRefused(page)) || attempt === 3) return;
  }
}
