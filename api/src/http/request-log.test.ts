import { Writable } from 'node:stream';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { requestLog } from './request-log';

/** An app with the request log in front, writing its lines (as objects) to `lines`. */
function appLogging(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  const app = express();
  app.use(requestLog(pino({ level }, stream)));
  app.get('/healthz', (_req, res) => void res.json({ ok: true }));
  app.get('/hello', (req, res) => {
    req.log.warn({ who: 'handler' }, 'from the handler');
    res.json({ id: req.id });
  });
  app.get('/broken', (_req, res) => void res.status(500).json({}));
  return { app, lines };
}

describe('request log', () => {
  it('when a request is answered, then one line gives method, URL, status and time, with the id the handler saw', async () => {
    const { app, lines } = appLogging('info');
    const res = await request(app).get('/hello?page=1').set('x-request-id', 'trace-1');
    expect(res.headers['x-request-id']).toBe('trace-1');
    expect(res.body).toEqual({ id: 'trace-1' });
    expect(lines).toEqual([
      expect.objectContaining({ level: 40, reqId: 'trace-1', who: 'handler', msg: 'from the handler' }),
      expect.objectContaining({
        level: 30,
        reqId: 'trace-1',
        method: 'GET',
        url: '/hello?page=1',
        status: 200,
        ms: expect.any(Number),
        msg: 'request completed',
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('headers');
  });

  it('when a URL carries search text, names or a one-time token, then the logged URL keeps the parameter names only', async () => {
    const { app, lines } = appLogging('info');
    const token = 'a'.repeat(43);
    await request(app).get(
      '/hello?q=Jan%20Jansen&page=2&limit=25&regionId=65a1&status=active&email=jan@x.nl',
    );
    await request(app).get(`/api/auth/invitations/${token}`);
    expect(lines.filter((line) => line.url).map((line) => line.url)).toEqual([
      '/hello?q=[redacted]&page=2&limit=25&regionId=65a1&status=active&email=[redacted]',
      '/api/auth/invitations/:token',
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/Jansen|jan@x|aaaaaaaaaa/);
  });

  it('when the caller sends no usable request id, then a new one is made', async () => {
    const { app } = appLogging('info');
    const res = await request(app).get('/hello').set('x-request-id', 'not allowed: spaces');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body.id).toBe(res.headers['x-request-id']);
  });

  it('when the answer is a 500, then the line is an error; probes are not logged', async () => {
    const { app, lines } = appLogging('info');
    await request(app).get('/broken');
    await request(app).get('/healthz');
    expect(lines).toEqual([expect.objectContaining({ level: 50, status: 500, msg: 'request failed' })]);
  });

  it('when info is off, then only what handlers log at an enabled level is written', async () => {
    const { app, lines } = appLogging('warn');
    await request(app).get('/hello').set('x-request-id', 'trace-2');
    expect(lines).toEqual([expect.objectContaining({ reqId: 'trace-2', msg: 'from the handler' })]);
  });
});
