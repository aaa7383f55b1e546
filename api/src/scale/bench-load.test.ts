import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { measureLoad } from './bench-load';

describe('throughput under load', () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    // A real server: every other request fails.
    server = http.createServer((req, res) => {
      res.statusCode = req.url === '/fail' ? 500 : 200;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('when an endpoint runs in rounds, then the median round counts and the errors of every round add up', async () => {
    const result = await measureLoad(
      url,
      'GET /',
      {},
      [
        { method: 'GET', path: '/ok' },
        { method: 'GET', path: '/fail' },
      ],
      { connections: 2, seconds: 1, rounds: 3 },
    );
    expect(result.rounds).toHaveLength(3);
    const sorted = [...result.rounds].sort((a, b) => a - b);
    expect(result.requestsPerSecond).toBe(sorted[1]);
    // Half of all requests failed, in every round.
    expect(result.errors).toBeGreaterThan(result.requests / 2 - 10);
    expect(result.errors).toBeLessThan(result.requests / 2 + 10);
    expect(result.requests).toBeGreaterThan(sorted[1]! * 2);
  });
});
