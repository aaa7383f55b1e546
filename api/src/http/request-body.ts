import type { Request, RequestHandler } from 'express';
import { AppError } from './app-error';
import type { AnyRoute } from './define-route';

/**
 * Whether a request carries body bytes: chunked, or a Content-Length above zero. Written here because
 * type-is's `hasBody` counts `Content-Length: 0`, which clients send with an empty POST.
 */
export function carriesBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** The content types a route's body may have: its upload types, JSON for a body schema, else none. */
export function acceptedContentTypes(route: AnyRoute): readonly string[] | undefined {
  return route.upload ?? (route.body ? ['application/json'] : undefined);
}

/**
 * A body of another content type than the route takes is a 415, rather than a 400 for every field
 * the unread body seemed to lack.
 */
export function requireContentType(accepted: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    if (!carriesBody(req) || req.is([...accepted])) return next();
    next(
      new AppError(415, 'unsupported_media_type', `Send the body as ${accepted.join(' or ')}`, {
        accepted,
      }),
    );
  };
}

/** A route without a body schema or upload takes no body: JSON with fields, or bytes of any other type. */
export function hasUnexpectedBody(req: Request): boolean {
  if (req.body === undefined) return carriesBody(req);
  return typeof req.body === 'object' && req.body !== null && Object.keys(req.body as object).length > 0;
}
