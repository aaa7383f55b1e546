import http from 'node:http';
import https from 'node:https';

/** A Meilisearch answer other than 2xx; `code` is Meilisearch's error code (e.g. document_not_found). */
export class MeiliHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'MeiliHttpError';
  }
}

/** Meilisearch's error code of a failed call (the client wraps our MeiliHttpError as its cause). */
export function meiliErrorCode(err: unknown): string | undefined {
  for (let e = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
  }
  return undefined;
}

export interface MeiliHttp {
  /** The `httpClient` option of the meilisearch client: what fetch would do, answering the parsed body. */
  request(url: URL | string | Request, init?: RequestInit): Promise<unknown>;
  /** Closes the kept-alive connections. */
  close(): void;
}

function headersOf(init: RequestInit | undefined, body: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  new Headers(init?.headers).forEach((value, name) => (headers[name] = value));
  if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
  return headers;
}

/**
 * The meilisearch client's requests over node:http with a keep-alive agent instead of fetch. Through
 * fetch (undici) each call waited ~40 ms before Meilisearch began its 2 ms of work: the request body
 * went out in a packet of its own after the headers, and was held back until the server's delayed
 * ACK (see docs/benchmarks.md). node:http sends the headers and a body given to end() in one write.
 */
export function meiliHttp(host: string): MeiliHttp {
  const secure = new URL(host).protocol === 'https:';
  const agent = new (secure ? https : http).Agent({ keepAlive: true, scheduling: 'lifo' });
  const request = (url: URL | string | Request, init?: RequestInit) =>
    new Promise<unknown>((resolve, reject) => {
      const body = typeof init?.body === 'string' ? init.body : undefined;
      const req = (secure ? https : http).request(
        url instanceof Request ? url.url : String(url),
        {
          method: init?.method ?? 'GET',
          headers: headersOf(init, body),
          agent,
          signal: init?.signal ?? undefined,
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            let parsed: unknown;
            try {
              parsed = text === '' ? undefined : JSON.parse(text);
            } catch (err) {
              reject(err);
              return;
            }
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve(parsed);
            else {
              const error = parsed as { code?: string; message?: string } | undefined;
              reject(
                new MeiliHttpError(status, error?.code, error?.message ?? `Meilisearch answered ${status}`),
              );
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return { request, close: () => agent.destroy() };
}
