import type { Response, Test } from 'supertest';
import type TestAgent from 'supertest/lib/agent';

/** A supertest agent that keeps its session cookie and sends the session's CSRF token on writes. */
export class ApiClient {
  private csrfToken?: string;

  constructor(readonly agent: TestAgent) {}

  async refreshCsrf(): Promise<string> {
    const res = await this.agent.get('/api/auth/csrf').expect(200);
    this.csrfToken = res.body.data.token as string;
    return this.csrfToken;
  }

  get(path: string): Test {
    return this.agent.get(path);
  }

  async post(path: string, body?: unknown): Promise<Response> {
    return this.write('post', path, body);
  }

  async patch(path: string, body?: unknown): Promise<Response> {
    return this.write('patch', path, body);
  }

  async put(path: string, body?: unknown): Promise<Response> {
    return this.write('put', path, body);
  }

  async delete(path: string, body?: unknown): Promise<Response> {
    return this.write('delete', path, body);
  }

  /** Writes resolve to the response; check `status` and `body` on it. */
  private async write(
    method: 'post' | 'patch' | 'put' | 'delete',
    path: string,
    body?: unknown,
  ): Promise<Response> {
    const token = this.csrfToken ?? (await this.refreshCsrf());
    const req = this.agent[method](path).set('x-csrf-token', token);
    return body === undefined ? req : req.send(body as object);
  }
}
