import autocannon from 'autocannon';

export interface LoadResult {
  endpoint: string;
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Connection errors, answers other than 2xx, and requests unanswered after TIMEOUT_S. */
  errors: number;
}

/**
 * A request still unanswered after this long counts as an error. autocannon leaves requests that are
 * still in flight when the run ends out of its latencies, so without a timeout shorter than the run a
 * few very slow requests would only show as a low req/s.
 */
const TIMEOUT_S = 5;

export interface LoadRequest {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

/**
 * Throughput under load: autocannon keeps `connections` requests in flight for `seconds`, cycling
 * through the given requests, with the signed-in session's cookie and CSRF token.
 */
export async function measureLoad(
  baseUrl: string,
  endpoint: string,
  headers: Record<string, string>,
  requests: LoadRequest[],
  { connections = 10, seconds = 10 }: { connections?: number; seconds?: number } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url: baseUrl,
    // The load comes from a worker thread, so it does not compete with the API for this event loop.
    workers: 1,
    connections,
    duration: seconds,
    timeout: TIMEOUT_S,
    headers: { accept: 'application/json', ...headers },
    requests: requests.map((r) => ({
      method: r.method,
      path: r.path,
      ...(r.body === undefined
        ? {}
        : { body: JSON.stringify(r.body), headers: { 'content-type': 'application/json' } }),
    })),
  });
  return {
    endpoint,
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // autocannon counts a timeout among its errors as well.
    errors: result.errors + result.non2xx,
  };
}
