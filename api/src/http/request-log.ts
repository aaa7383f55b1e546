import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger';
import { scrubUrl } from './scrub-url';

declare module 'express-serve-static-core' {
  interface Request {
    /** The request's id: the caller's `x-request-id` when it is a sane one, else a new UUID. */
    id: string;
    /** The logger for this request: every line carries its id. */
    log: Logger;
  }
}

const REQUEST_ID = /^[\w.-]{1,64}$/;
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * Gives each request an id (echoed in `x-request-id`) and a logger that carries it, and logs one
 * line when the response is done: method, URL, status and milliseconds, at `error` from status 500.
 * Written by hand instead of with pino-http, which serialises the whole request (headers included)
 * into a child logger on every request, whether or not anything is logged: a visible share of the API's
 * time under search load. Here the child logger is made only when a handler logs, and the line
 * only when its level is on. The URL is logged without search text or other free text (scrubUrl).
 */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', id);
    req.id = id;
    let child: Logger | undefined;
    Object.defineProperty(req, 'log', { get: () => (child ??= log.child({ reqId: id })) });
    if (QUIET_PATHS.has(req.url) || !log.isLevelEnabled('info')) return next();
    const started = performance.now();
    const { method, originalUrl } = req;
    res.once('close', () => {
      const line = {
        method,
        url: scrubUrl(originalUrl),
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
        // A client that hung up before the answer was complete.
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      if (res.statusCode >= 500) req.log.error(line, 'request failed');
      else req.log.info(line, 'request completed');
    });
    next();
  };
}
