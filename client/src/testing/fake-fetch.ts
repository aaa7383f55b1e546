/** A stand-in for the network (the API is outside the client): answers requests in order, and records them. */
export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** Raw text instead of JSON, e.g. a proxy's HTML error page. */
  text?: string;
}

export function fakeResponse({ status, body, text }: FakeAnswer): Response {
  const payload = text ?? (body === undefined ? '' : JSON.stringify(body));
  // Only what the api-client reads; jsdom has no Response class of its own.
  return {
    ok: status >= 200 && status < 300,
    status,
    text: () => Promise.resolve(payload),
  } as Response;
}

export function installFakeFetch(answer: (request: RecordedRequest) => FakeAnswer | Error) {
  const requests: RecordedRequest[] = [];
  const fetchMock = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: RecordedRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      // JSON as data; a file (a Blob) as itself.
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : (init.body ?? undefined),
    };
    requests.push(request);
    const result = answer(request);
    if (result instanceof Error) throw result;
    return fakeResponse(result);
  });
  globalThis.fetch = fetchMock as typeof fetch;
  return { requests, fetchMock };
}
