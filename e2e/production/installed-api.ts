import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Secret, TOTP } from 'otpauth';

export interface InstalledApi {
  url: string;
  child: ChildProcess;
  /** What the process printed so far (stdout and stderr). */
  output: () => string;
  /** The exit code, once the process has ended (null when a signal ended it). */
  exited: Promise<number | null>;
}

export function appDir(): string {
  const dir = process.env.PRODUCTION_APP_DIR;
  if (!dir) throw new Error('PRODUCTION_APP_DIR is not set: run through e2e/production/jest.config.cjs');
  return dir;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject()));
    });
  });
}

/** The image's environment: production, compiled workspaces, a database of the test's own. */
export function productionEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const database = `production_${randomBytes(4).toString('hex')}`;
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    // The machine's own certificate bundle, where it has one.
    NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS,
    NODE_ENV: 'production',
    NODE_OPTIONS: '--conditions=kansplek-compiled',
    SESSION_SECRET: randomBytes(32).toString('hex'),
    MONGODB_URI: `${process.env.PRODUCTION_MONGODB_BASE_URI}${database}`,
    // Plain http: with https the session cookie is secure and a test over loopback would not get it.
    PUBLIC_URL: 'http://127.0.0.1',
    SMTP_URL: process.env.PRODUCTION_SMTP_URL,
    API_MAX_OLD_SPACE_MB: '512',
    LOG_LEVEL: 'info',
    ...overrides,
  };
}

/** Runs node in the installed folder as the image does; `script` relative to it. */
export function spawnNode(script: string, args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [`--max-old-space-size=${env.API_MAX_OLD_SPACE_MB}`, script, ...args], {
    cwd: appDir(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Collects a child's output and its exit. */
export function watch(child: ChildProcess): Pick<InstalledApi, 'output' | 'exited'> {
  const chunks: string[] = [];
  child.stdout?.on('data', (c: Buffer) => chunks.push(c.toString()));
  child.stderr?.on('data', (c: Buffer) => chunks.push(c.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { output: () => chunks.join(''), exited };
}

/** Starts the API with the image's command and waits until /readyz answers 200. */
export async function startApi(env: NodeJS.ProcessEnv): Promise<InstalledApi> {
  const port = env.PORT ?? String(await freePort());
  const child = spawnNode('api/dist/main.js', [], { ...env, PORT: port });
  const api = { url: `http://127.0.0.1:${port}`, child, ...watch(child) };
  const deadline = Date.now() + 120_000;
  let ended = false;
  void api.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`The API stopped before it was ready:\n${api.output()}`);
    const status = await fetch(`${api.url}/readyz`, { signal: AbortSignal.timeout(2_000) })
      .then((r) => r.status)
      .catch(() => 0);
    if (status === 200) return api;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  child.kill('SIGKILL');
  throw new Error(`The API was not ready within 120 s:\n${api.output()}`);
}

/** Runs a command of the built output to its end; answers its exit code and output. */
export async function runCommand(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const child = spawnNode(script, args, env);
  const { output, exited } = watch(child);
  const code = await exited;
  return { code, output: output() };
}

/** Signs in through the API as a browser would (CSRF token, then login); answers the session cookie. */
export async function signIn(url: string, email: string, password: string) {
  const session = await startSession(url);
  const login = await session.post('/api/auth/login', { email, password });
  return { status: login.status, cookie: session.cookie() };
}

/**
 * Signs in a staff member who has no second factor yet all the way: password, then enrolment confirmed
 * with a code computed from the secret the API hands out. Answers the cookie of a fully signed-in session.
 */
export async function signInEnrollingStaff(url: string, email: string, password: string) {
  const session = await startSession(url);
  const login = await session.post('/api/auth/login', { email, password });
  const { data } = (await login.json()) as { data: { next?: string } };
  if (data.next !== 'second_factor_enrolment') throw new Error(`sign-in answered ${JSON.stringify(data)}`);
  await session.refreshCsrf(); // signing in starts a new session, with a new token
  const enrolment = await session.post('/api/auth/second-factor/enrolment', {});
  const { secret } = ((await enrolment.json()) as { data: { secret: string } }).data;
  const code = new TOTP({
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  }).generate();
  const confirmed = await session.post('/api/auth/second-factor/enrolment/confirm', { code });
  if (confirmed.status !== 200) throw new Error(`enrolment confirm answered ${confirmed.status}`);
  return { cookie: session.cookie() };
}

/** A cookie jar with the CSRF token, posting JSON as the client does. */
async function startSession(url: string) {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const cookie of res.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const at = pair!.indexOf('=');
      jar.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  };
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  let token = '';
  const refreshCsrf = async () => {
    const csrf = await fetch(`${url}/api/auth/csrf`, { headers: { cookie: cookie() } });
    keep(csrf);
    token = ((await csrf.json()) as { data: { token: string } }).data.token;
  };
  await refreshCsrf();
  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookie() },
      body: JSON.stringify(body),
    });
    keep(res);
    return res;
  };
  return { post, cookie, refreshCsrf };
}
