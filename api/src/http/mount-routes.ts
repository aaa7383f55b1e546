import { Router, type RequestHandler } from 'express';
import type { z } from 'zod';
import { AppError, forbidden, unauthenticated } from './app-error';
import { zodIssues } from './error-handler';
import type { Access, AnyRoute } from './define-route';

const UNSAFE_METHODS = new Set(['post', 'patch', 'put', 'delete']);

function requireAccess(access: Access): RequestHandler {
  return (req, _res, next) => {
    if (access === 'public') return next();
    if (!req.user) return next(unauthenticated());
    if (access !== 'signed_in' && !access.includes(req.user.role)) {
      return next(forbidden(`This action is not available to the role ${req.user.role}`));
    }
    next();
  };
}

function parse(
  schema: z.ZodType | undefined,
  value: unknown,
  where: string,
  issues: ReturnType<typeof zodIssues>,
) {
  if (!schema) return undefined;
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  issues.push(...zodIssues(result.error, where));
  return undefined;
}

/** Names the route's pattern for the request metrics (never the raw URL: it carries ids and search text). */
function labelRoute(pattern: string): RequestHandler {
  return (_req, res, next) => {
    res.locals.routePattern = pattern;
    next();
  };
}

/** The first part of a route's path, `/api/candidates` of `/api/candidates/:id`. */
const groupOf = (path: string) => /^\/api\/[^/:]+/.exec(path)?.[0] ?? '';

/**
 * Registers routes: access check, CSRF, extra middleware, validation of params/query/body, handler.
 * Routes are grouped by the first part of their path, one router each, so a request is tried against
 * its own group's routes only instead of all of them in turn.
 */
export function mountRoutes(routes: AnyRoute[], csrfProtection: RequestHandler): Router {
  const router = Router();
  const groups = new Map<string, Router>();
  for (const route of routes) {
    const prefix = groupOf(route.path);
    let group = groups.get(prefix);
    if (!group) {
      group = Router();
      groups.set(prefix, group);
      router.use(prefix || '/', group);
    }
    const chain: RequestHandler[] = [labelRoute(route.path), requireAccess(route.access)];
    if (UNSAFE_METHODS.has(route.method) && route.csrf !== false) chain.push(csrfProtection);
    chain.push(...(route.before ?? []));
    chain.push(async (req, res) => {
      const issues: ReturnType<typeof zodIssues> = [];
      const params = parse(route.params, req.params, 'params', issues);
      const query = parse(route.query, req.query, 'query', issues);
      // A body on a route that declares none is refused rather than silently ignored.
      const hasBody = req.body !== undefined && Object.keys(req.body as object).length > 0;
      const body = route.body
        ? parse(route.body, req.body, 'body', issues)
        : hasBody
          ? void issues.push({ path: 'body', code: 'unrecognized_keys', message: 'This route takes no body' })
          : undefined;
      if (issues.length) throw new AppError(400, 'validation_failed', 'The request is not valid', { issues });
      const result = await route.handler({ params, query, body, user: req.user, req, res } as never);
      if (result !== undefined && !res.headersSent) res.status(route.status ?? 200).json(result);
    });
    group[route.method](route.path.slice(prefix.length) || '/', ...chain);
  }
  return router;
}
