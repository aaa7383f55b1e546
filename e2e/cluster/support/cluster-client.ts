import type { ApiProcess } from './api-process';

export interface Answer {
  status: number;
  // The API's JSON answer; tests read the fields they expect.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/**
 * A browser's session against a cluster: one cookie and CSRF token, sent to whichever API process
 * a request names (as a load balancer without sticky sessions would).
 */
export class ClusterClient {
  cookie = '';
  private csrf = '';

  constructor(
    /** The address the requests come from (X-Forwarded-For; the cluster trusts its proxy). */
    readonly ip = '127.0.0.1',
  ) {}

  async request(api: ApiProcess, method: string, path: string, body?: unknown): Promise<Answer> {
    if (method !== 'GET' && !this.csrf) await this.refreshCsrf(api);
    const headers: Record<string, string> = { 'x-forwarded-for': this.ip };
    if (this.cookie) headers.cookie = this.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${api.url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]!);
    if (cookies.length) this.cookie = cookies.join('; ');
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : undefined };
  }

  async refreshCsrf(api: ApiProcess): Promise<void> {
    const res = await this.request(api, 'GET', '/api/auth/csrf');
    if (res.status !== 200) throw new Error(`no CSRF token: ${res.status}`);
    this.csrf = res.body.data.token;
  }

  get = (api: ApiProcess, path: string) => this.request(api, 'GET', path);
  post = (api: ApiProcess, path: string, body?: unknown) => this.request(api, 'POST', path, body);
  patch = (api: ApiProcess, path: string, body?: unknown) => this.request(api, 'PATCH', path, body);

  /** Signs in through `api`; the session then works on every process. */
  async signIn(api: ApiProcess, email: string, password: string): Promise<Answer> {
    await this.refreshCsrf(api);
    const res = await this.post(api, '/api/auth/login', { email, password });
    // A new session at sign-in, with a token of its own.
    if (res.status === 200) await this.refreshCsrf(api);
    return res;
  }
}
