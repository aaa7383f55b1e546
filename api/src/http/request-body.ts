import type { Request, RequestHandler } from 'express';
import { AppError, invalidField } from './app-error';
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

/**
 * The path of the first string in a JSON value that holds a NUL character, or undefined. A loop over a
 * stack, not recursion: a body may be nested thousands deep (refused later with a 400, not a crash).
 */
function pathOfNul(body: unknown): string | undefined {
  // Each node keeps its key and its parent's node, so a path is spelt only for the string found.
  interface Node {
    value: unknown;
    key: string;
    parent: Node | undefined;
  }
  const stack: Node[] = [{ value: body, key: 'body', parent: undefined }];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.value === 'string' && node.value.includes('\u0000')) {
      const keys: string[] = [];
      for (let at: Node | undefined = node; at; at = at.parent) keys.unshift(at.key);
      return keys.join('.');
    }
    if (typeof node.value === 'object' && node.value !== null) {
      const entries = Object.entries(node.value);
      for (let i = entries.length - 1; i >= 0; i--) {
        stack.push({ value: entries[i]![1], key: entries[i]![0], parent: node });
      }
    }
  }
  return undefined;
}

/**
 * No text the API takes may hold a NUL character: it is never meaningful in a name or a note, and the
 * embedded database's PostgreSQL cannot store it (MongoDB can), so it would fail only there, as a 5xx.
 * Refused with 400 at the field, before any route reads the body.
 */
export const refuseNulCharacters: RequestHandler = (req, _res, next) => {
  const path = pathOfNul(req.body);
  if (!path) return next();
  next(invalidField(path, 'Text cannot contain the NUL character', 'nul_character'));
};
