import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import type { z } from 'zod';
import { ZErrorBody } from '../contract';
import type { AnyRoute } from './define-route';

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: ZErrorBody } },
});

/** Builds the OpenAPI 3.1 document from the same route specs and zod schemas that validate requests. */
export function buildOpenApiDocument(routes: AnyRoute[], version: string) {
  const paths: ZodOpenApiPathsObject = {};
  for (const route of routes) {
    const openApiPath = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const access =
      route.access === 'public'
        ? 'Public.'
        : route.access === 'signed_in'
          ? 'Any signed-in user.'
          : `Roles: ${route.access.join(', ')}.`;
    paths[openApiPath] = {
      ...paths[openApiPath],
      [route.method]: {
        summary: route.summary,
        description: access,
        tags: route.tags,
        requestParams: {
          ...(route.params ? { path: route.params as z.ZodObject } : {}),
          ...(route.query ? { query: route.query as z.ZodObject } : {}),
        },
        ...(route.body ? { requestBody: { content: { 'application/json': { schema: route.body } } } } : {}),
        responses: {
          [String(route.status ?? 200)]: {
            description: 'Success',
            ...(route.response ? { content: { 'application/json': { schema: route.response } } } : {}),
          },
          '400': errorResponse('Validation failed (details.issues names each field)'),
          ...(route.access === 'public' ? {} : { '401': errorResponse('Not signed in') }),
          ...(Array.isArray(route.access) ? { '403': errorResponse('Role not allowed') } : {}),
        },
      },
    };
  }
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Kansplek API',
      version,
      description:
        'Matching platform for social return (SROI). Every error has the shape { error: { code, message, details } }. ' +
        'State-changing requests need the header x-csrf-token from GET /api/auth/csrf.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'kansplek.sid' } },
    },
    security: [{ session: [] }],
    paths,
  });
}
