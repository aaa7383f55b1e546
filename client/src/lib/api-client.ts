import { ZErrorBody, ZFieldIssue, type TErrorCode, type TFieldIssue } from '@kansplek/api/contract';
import { z } from 'zod';

/** Codes the API sends, plus two the client raises itself when no API answer could be read. */
export type TClientErrorCode = TErrorCode | 'network_error' | 'unexpected_response';

// Field problems come as `issues` (validation, and rule checks such as a role that does not fit the
// organisation) or, for a conflict like a taken e-mail address, as a list of `fields`.
const ZIssueDetails = z.object({ issues: z.array(ZFieldIssue) });
const ZConflictDetails = z.object({ fields: z.array(z.string()) });

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: TClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The fields the API blames, e.g. `{ path: 'body.email', code, message }`; empty when it names none. */
  get fieldIssues(): TFieldIssue[] {
    const issues = ZIssueDetails.safeParse(this.details);
    if (issues.success) return issues.data.issues;
    const conflict = ZConflictDetails.safeParse(this.details);
    if (conflict.success) {
      return conflict.data.fields.map((field) => ({
        path: `body.${field}`,
        code: this.code,
        message: this.message,
      }));
    }
    return [];
  }
}

export function isApiError(error: unknown, code?: TClientErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions<T> {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Contract schema the answer must satisfy; a mismatch is reported instead of rendering bad data. */
  schema?: z.ZodType<T>;
  signal?: AbortSignal;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

const CSRF_HEADER = 'x-csrf-token';

// One token request at a time; the promise is shared by concurrent writes.
let csrfToken: Promise<string> | null = null;

/** The token belongs to the session, so it must be dropped whenever the session changes (login, logout). */
export function resetCsrfToken(): void {
  csrfToken = null;
}

function getCsrfToken(): Promise<string> {
  csrfToken ??= request('GET', '/api/auth/csrf', {
    schema: z.object({ data: z.object({ token: z.string() }) }),
  }).then(
    (body) => body.data.token,
    (error: unknown) => {
      csrfToken = null;
      throw error;
    },
  );
  return csrfToken;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, body: unknown): ApiError {
  const parsed = ZErrorBody.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiError(status, code, message, details);
  }
  return new ApiError(status, 'unexpected_response', `Unexpected answer with status ${status}`);
}

async function send(method: Method, path: string, options: RequestOptions<unknown>): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  // A file (an effort's evidence) is sent as itself, with its own type; anything else as JSON.
  const file = options.body instanceof Blob ? options.body : undefined;
  if (options.body !== undefined) headers['content-type'] = file ? file.type : 'application/json';
  if (method !== 'GET') headers[CSRF_HEADER] = await getCsrfToken();
  try {
    return await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: file ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'network_error', 'The server could not be reached');
  }
}

async function request<T>(method: Method, path: string, options: RequestOptions<T> = {}): Promise<T> {
  let response = await send(method, path, options);
  let body = await readBody(response);

  // A token from before a login, logout or server restart is refused once; a fresh one settles it.
  if (response.status === 403 && method !== 'GET' && toApiError(403, body).code === 'csrf_invalid') {
    resetCsrfToken();
    response = await send(method, path, options);
    body = await readBody(response);
  }

  if (!response.ok) throw toApiError(response.status, body);
  if (!options.schema) return body as T;

  const parsed = options.schema.safeParse(body);
  if (!parsed.success) {
    console.error(`Answer of ${method} ${path} does not match the contract`, parsed.error.issues);
    throw new ApiError(
      response.status,
      'unexpected_response',
      `Answer of ${path} does not match the contract`,
    );
  }
  return parsed.data;
}

export const apiClient = {
  get: <T>(path: string, options?: Omit<RequestOptions<T>, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, options?: RequestOptions<T>) => request<T>('POST', path, options),
  patch: <T>(path: string, options?: RequestOptions<T>) => request<T>('PATCH', path, options),
  put: <T>(path: string, options?: RequestOptions<T>) => request<T>('PUT', path, options),
  delete: <T>(path: string, options?: RequestOptions<T>) => request<T>('DELETE', path, options),
};
