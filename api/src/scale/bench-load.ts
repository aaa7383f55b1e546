import autocannon from 'autocannon';

/** One endpoint under load: the median of its rounds, and every round's requests per second. */
export interface LoadResult {
  endpoint: string;
  connections: number;
  /** How long each round lasted. */
  seconds: number;
  /** Requests per second of each round, in the order they ran. */
  rounds: number[];
  /** Requests answered over all rounds. */
  requests: number;
  /** The median round's requests per second, p50 and p99. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Over all rounds: connection errors, answers other than 2xx, and requests unanswered after TIMEOUT_S. */
  errors: number;
}

type Round = Omit<LoadResult, 'rounds'>;

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
 * Throughput under load, in `rounds` rounds of `seconds`: the median round counts, so that one round
 * slowed by another tenant of a shared machine (on the 2 vCPU reference machine search rounds of the
 * same build ranged from 473 to 728 requests/s) does not decide the figure. Errors of every round count.
 */
export async function measureLoad(
  baseUrl: string,
  endpoint: string,
  headers: Record<string, string>,
  requests: LoadRequest[],
  {
    connections = 10,
    seconds = 10,
    rounds = 3,
  }: { connections?: number; seconds?: number; rounds?: number } = {},
): Promise<LoadResult> {
  const results: Round[] = [];
  for (let i = 0; i < rounds; i += 1) {
    results.push(await loadRound(baseUrl, endpoint, headers, requests, { connections, seconds }));
  }
  const median = [...results].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[
    Math.floor((results.length - 1) / 2)
  ]!;
  return {
    ...median,
    rounds: results.map((r) => r.requestsPerSecond),
    requests: results.reduce((sum, r) => sum + r.requests, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
  };
}

/**
 * One round: autocannon keeps `connections` requests in flight for `seconds`, cycling through the
 * given requests, with the signed-in session's cookie and CSRF token.
 */
async function loadRound(
  baseUrl: string,
  endpoint: string,
  headers: Record<string, string>,
  requests: LoadRequest[],
  { connections, seconds }: { connections: number; seconds: number },
): Promise<Round> {
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
