/**
 * Fuzzes the API from its own OpenAPI document with schemathesis: starts the platform from this clone
 * in a temporary data folder with the demo region (as the e2e tests do), signs in as the demo consultant
 * and the demo contractor, and runs schemathesis once per account with a bounded budget. Fails on any 5xx
 * and on any answer the document does not describe (status, content type, schema).
 *
 *   SCHEMATHESIS=/path/to/schemathesis npx tsx e2e/fuzz/run-fuzz.ts
 *
 * `.ci/fuzz` installs schemathesis and runs this. FUZZ_MAX_EXAMPLES and FUZZ_MAX_SECONDS (per account)
 * change the budget; FUZZ_SEED repeats a run; FUZZ_BASE_URL fuzzes a platform already running with the
 * demo region (e.g. `npm start`) instead of starting one.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '@kansplek/seed';
import { startPlatform, stopPlatform, type RunningPlatform } from '../support/platform';
import { signIn } from './sign-in';

/** The demo consultant and contractor; FUZZ_ACCOUNTS (comma-separated) names others, e.g. admin@kansplek.nl. */
const ACCOUNTS = (process.env.FUZZ_ACCOUNTS ?? 'consultant@kansplek.nl,aannemer@kansplek.nl').split(',');

const CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_headers_conformance',
  'response_schema_conformance',
];

/** Left out, and why (an operation's name is its method and path, as schemathesis names it). */
const EXCLUDED = [
  // Sign-out ends the session the run goes on with: every later request would be a 401.
  'POST /api/auth/logout',
  // An administrator's run could disable the demo accounts (its own, or the next run's) this way,
  // after which every request of theirs is a 401. Other roles get a 403 here (roles.test.ts).
  'PATCH /api/users/{id}',
];

/** Runs schemathesis in `cwd`, where it keeps its cache (`.schemathesis/`), outside the clone. */
function run(command: string, args: string[], cwd: string, env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main(): Promise<void> {
  const schemathesis = process.env.SCHEMATHESIS ?? 'schemathesis';
  const maxExamples = process.env.FUZZ_MAX_EXAMPLES ?? '10';
  const maxSeconds = process.env.FUZZ_MAX_SECONDS ?? '45';
  const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
  const reports = mkdtempSync(path.join(os.tmpdir(), 'kansplek-fuzz-'));
  const started = Date.now();
  const platform: RunningPlatform | undefined = process.env.FUZZ_BASE_URL ? undefined : await startPlatform();
  const baseUrl = process.env.FUZZ_BASE_URL ?? platform!.url;
  console.log(`platform ready at ${baseUrl} after ${Math.round((Date.now() - started) / 1000)} s`);
  const failed: string[] = [];
  try {
    // Every account signs in before any run: a run's failed sign-ins count against this address.
    const sessions = [];
    for (const email of ACCOUNTS) sessions.push({ email, ...(await signIn(baseUrl, email, DEMO_PASSWORD)) });
    for (const session of sessions) {
      const { email } = session;
      console.log(`\n=== schemathesis as ${email} (seed ${seed})`);
      const code = await run(
        schemathesis,
        [
          '--config-file',
          path.join(__dirname, 'schemathesis.toml'),
          'run',
          `${baseUrl}/api/openapi.json`,
          '--checks',
          CHECKS.join(','),
          '--max-examples',
          maxExamples,
          '--max-time',
          maxSeconds,
          '--seed',
          seed,
          // One worker: with threads, CPython 3.11's ast.parse (which hypothesis calls to describe
          // filters) fails now and then with "AST constructor recursion depth mismatch".
          // A few operations' schemas (rule sets, interviews) reject most generated values; they are still tested.
          '--suppress-health-check',
          'filter_too_much',
          '--workers',
          '1',
          '--request-timeout',
          '30',
          '--no-color',
          ...EXCLUDED.flatMap((name) => ['--exclude-name', name]),
          '--report',
          'junit',
          '--report-dir',
          path.join(reports, email.split('@')[0]!),
        ],
        reports,
        { FUZZ_SESSION_COOKIE: session.sessionId, FUZZ_CSRF_TOKEN: session.csrfToken },
      );
      if (code !== 0) failed.push(email);
    }
  } finally {
    if (platform) await stopPlatform(platform);
  }
  console.log(`\nfuzz finished in ${Math.round((Date.now() - started) / 1000)} s; reports in ${reports}`);
  if (failed.length) {
    console.error(`schemathesis found failures as ${failed.join(' and ')}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
