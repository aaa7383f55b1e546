import {
  createDocument,
  type ZodOpenApiContentObject,
  type ZodOpenApiPathsObject,
  type ZodOpenApiResponsesObject,
} from 'zod-openapi';
import { z } from 'zod';
import { ZErrorBody } from '../contract';
import type { AnyRoute } from './define-route';
import { acceptedContentTypes } from './request-body';

const UNSAFE_METHODS = new Set(['post', 'patch', 'put', 'delete']);

/** What each error status means on this API; every one has the one error shape (component `Error`). */
const ERROR_MEANINGS: Record<number, { id: string; description: string }> = {
  400: {
    id: 'BadRequest',
    description:
      'validation_failed (details.issues: one { path, code, message } per field, e.g. body.email, query.limit) or malformed_json',
  },
  401: { id: 'Unauthenticated', description: 'unauthenticated: not signed in, or the session ended' },
  403: {
    id: 'Forbidden',
    description: 'forbidden (the role or the record does not allow it) or csrf_invalid (send x-csrf-token)',
  },
  404: { id: 'NotFound', description: 'not_found: no such record, or none the caller may see' },
  409: {
    id: 'Conflict',
    description:
      'stale_version (changed by someone else since it was read: details.currentVersion) or conflict (a duplicate)',
  },
  410: { id: 'Gone', description: 'invite_invalid: the invitation link is invalid, used or expired' },
  413: { id: 'PayloadTooLarge', description: 'payload_too_large' },
  415: {
    id: 'UnsupportedMediaType',
    description: 'unsupported_media_type: send the body as the route takes it',
  },
  422: {
    id: 'Unprocessable',
    description:
      'invalid_transition (not possible from the current state: details.allowed) or unprocessable (a rule the request breaks)',
  },
  429: { id: 'TooManyRequests', description: 'rate_limited: too many attempts; try again later' },
};

/** One response object per status, registered once as a component and referred to by every route. */
const ERROR_RESPONSES = Object.fromEntries(
  Object.entries(ERROR_MEANINGS).map(([status, { id, description }]) => [
    status,
    { id, description, content: { 'application/json': { schema: ZErrorBody } } },
  ]),
);

/** Whether a body schema carries `version` (optimistic concurrency), so the route can answer 409. */
function hasVersion(schema: z.ZodType | undefined): boolean {
  if (schema instanceof z.ZodObject) return 'version' in schema.shape;
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).some(hasVersion);
  if (schema instanceof z.ZodPipe) return hasVersion(schema.in as z.ZodType);
  return false;
}

/**
 * The error statuses a route answers, derived from its definition: input → 400; signed in → 401;
 * roles or a CSRF-checked write → 403; a record in the path → 404; a `version` in the body → 409; a
 * body → 413 and 415; plus what the route declares (`errors`).
 */
export function errorStatuses(route: AnyRoute): number[] {
  const unsafe = UNSAFE_METHODS.has(route.method);
  const statuses = new Set<number>(route.errors ?? []);
  // A write that declares no body still refuses one with 400.
  if (route.params || route.query || route.body || unsafe) statuses.add(400);
  if (route.access !== 'public') statuses.add(401);
  if (Array.isArray(route.access) || (unsafe && route.csrf !== false)) statuses.add(403);
  if (route.path.includes('/:id')) statuses.add(404);
  if (hasVersion(route.body)) statuses.add(409);
  if (acceptedContentTypes(route)) statuses.add(413).add(415);
  return [...statuses].sort();
}

const FILE_SCHEMA = { type: 'string', format: 'binary' } as const;

/** A route's success content: its JSON schema, and the files it may send instead (CSV is text). */
function successContent(route: AnyRoute): ZodOpenApiContentObject | undefined {
  const content: ZodOpenApiContentObject = {};
  if (route.response) content['application/json'] = { schema: route.response };
  for (const type of route.files ?? []) {
    content[type] = { schema: type.startsWith('text/') ? { type: 'string' } : FILE_SCHEMA };
  }
  return Object.keys(content).length ? content : undefined;
}

function requestBody(route: AnyRoute) {
  if (route.upload) {
    return {
      required: true,
      content: Object.fromEntries(route.upload.map((type) => [type, { schema: FILE_SCHEMA }])),
    };
  }
  if (!route.body) return undefined;
  // Without a body the route validates `{}`: required exactly when `{}` is not enough.
  return {
    required: !route.body.safeParse({}).success,
    content: { 'application/json': { schema: route.body } },
  };
}

function responses(route: AnyRoute): ZodOpenApiResponsesObject {
  const content = successContent(route);
  const result: ZodOpenApiResponsesObject = {
    [`${route.status ?? 200}` as `2${string}`]: { description: 'Success', ...(content ? { content } : {}) },
  };
  for (const status of errorStatuses(route)) result[`${status}` as `4${string}`] = ERROR_RESPONSES[status]!;
  return result;
}

/** The session cookie, and on a write the CSRF token of that session (public writes such as sign-in too). */
function security(route: AnyRoute) {
  if (UNSAFE_METHODS.has(route.method) && route.csrf !== false) return [{ session: [], csrf: [] }];
  return route.access === 'public' ? [] : [{ session: [] }];
}

function accessText(route: AnyRoute): string {
  if (route.access === 'public') return 'Public.';
  if (route.access === 'signed_in') return 'Any signed-in user.';
  return `Roles: ${route.access.join(', ')}.`;
}

/** Builds the OpenAPI 3.1 document from the same route specs and zod schemas that validate requests. */
export function buildOpenApiDocument(routes: AnyRoute[], version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const body = requestBody(route);
    paths[openApiPath] = {
      ...paths[openApiPath],
      [route.method]: {
        summary: route.summary,
        description: accessText(route),
        tags: route.tags,
        security: security(route),
        requestParams: {
          ...(route.params ? { path: route.params as z.ZodObject } : {}),
          ...(route.query ? { query: route.query as z.ZodObject } : {}),
        },
        ...(body ? { requestBody: body } : {}),
        responses: responses(route),
      },
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Kansplek API',
      version,
      description:
        'Matching platform for social return (SROI). Every error has the shape { error: { code, message, details } } ' +
        '(schema Error). State-changing requests need the header x-csrf-token from GET /api/auth/csrf.',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'kansplek.sid' },
        csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
      },
    },
    security: [{ session: [] }],
    paths,
  });
}
