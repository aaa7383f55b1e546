import type { SessionUser } from '../http/session-user';
import { summaryReport } from '../reports/summary-report';
import type { BenchClient } from './bench-http';
import { summarize, type LatencySummary } from './bench-stats';

const RUNS = 5;

/** The region's SROI summary (every contract and credit of the region), timed in-process and over HTTP. */
export async function measureSroiReport(
  client: BenchClient,
  user: SessionUser,
): Promise<{ contracts: number; inProcess: LatencySummary; http: LatencySummary & { errors: number } }> {
  const inProcess: number[] = [];
  let contracts = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    const report = await summaryReport(user, { format: 'json' });
    // Run 0 warms up and is not counted.
    if (run > 0) inProcess.push(performance.now() - started);
    contracts = report.contracts;
  }
  const http: number[] = [];
  let errors = 0;
  for (let run = 0; run <= RUNS; run += 1) {
    const res = await client.get('/api/reports/summary');
    if (res.status !== 200) errors += 1;
    else if (run > 0) http.push(res.ms);
  }
  return { contracts, inProcess: summarize(inProcess), http: { ...summarize(http), errors } };
}
