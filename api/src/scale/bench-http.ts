import { totpCode, totpStep } from '../auth/totp';

export interface TimedResponse<T = unknown> {
  status: number;
  body: T;
  /** From sending the request to having parsed the whole answer. */
  ms: number;
}

/**
 * A signed-in HTTP client for the benchmark: keeps the session cookie and sends the session's CSRF
 * token on writes, like the web client does. Uses Node's fetch, so timings include HTTP and JSON.
 */
export class BenchClient {
  private cookie = '';
  private csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  /** Signs in with the password and, for an account with a second factor, a code from its secret. */
  static async signIn(
    baseUrl: string,
    account: { email: string; password: string; totpSecret?: string },
  ): Promise<BenchClient> {
    const client = new BenchClient(baseUrl);
    await client.refreshCsrf();
    const { email, password, totpSecret } = account;
    let answer = await client.post<{ data: { next?: string } }>('/api/auth/login', { email, password });
    // Each step starts a new session, with a token of its own.
    await client.refreshCsrf();
    if (answer.status === 200 && answer.body.data.next === 'second_factor' && totpSecret) {
      // The code of the next step: the bench may have signed in with this step's code moments ago.
      answer = await client.post('/api/auth/second-factor', { code: totpCode(totpSecret, totpStep() + 1) });
      await client.refreshCsrf();
    }
    if (answer.status !== 200 || answer.body.data.next)
      throw new Error(`Sign-in as ${email} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return client;
  }

  /** The session's cookie and CSRF token, for other clients (autocannon) acting as this user. */
  sessionHeaders(): Record<string, string> {
    return { cookie: this.cookie, 'x-csrf-token': this.csrfToken };
  }

  private async refreshCsrf(): Promise<void> {
    const res = await this.get<{ data: { token: string } }>('/api/auth/csrf');
    this.csrfToken = res.body.data.token;
  }

  get<T = unknown>(path: string): Promise<TimedResponse<T>> {
    return this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body: unknown): Promise<TimedResponse<T>> {
    return this.request<T>('POST', path, body);
  }

  private async request<T>(method: string, path: string, body?: unknown): Promise<TimedResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrfToken) headers['x-csrf-token'] = this.csrfToken;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const started = performance.now();
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const parsed = (await res.json()) as T;
    const ms = performance.now() - started;
    const setCookie = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (setCookie.length) this.cookie = setCookie.join('; ');
    return { status: res.status, body: parsed, ms };
  }
}
