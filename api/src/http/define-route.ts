import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { TRole } from '../contract';
import type { SessionUser } from './session-user';

/** Error statuses a route may declare beyond the derived ones. */
export type ErrorStatus = 401 | 403 | 404 | 409 | 410 | 422 | 429;

/** Who may call a route: anyone, any signed-in user, or the listed roles. */
export type Access = 'public' | 'signed_in' | readonly TRole[];

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.output<S> : undefined;

export interface RouteContext<P, Q, B, A extends Access> {
  params: P;
  query: Q;
  body: B;
  user: A extends 'public' ? SessionUser | undefined : SessionUser;
  req: Request;
  res: Response;
}

export interface RouteSpec<
  PS extends Schema | undefined = Schema | undefined,
  QS extends Schema | undefined = Schema | undefined,
  BS extends Schema | undefined = Schema | undefined,
  A extends Access = Access,
> {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** Express-style path, e.g. `/api/users/:id`. */
  path: string;
  summary: string;
  tags: string[];
  access: A;
  params?: PS;
  query?: QS;
  body?: BS;
  /** Response body schema, for the OpenAPI document. */
  response?: Schema;
  status?: number;
  /**
   * A request body that is a file sent as is (not JSON), by the content types the route takes; the
   * route reads it itself (`before`). Other content types get 415.
   */
  upload?: readonly string[];
  /** Success answers that are files, by content type: a CSV download (`format=csv`), an evidence file. */
  files?: readonly string[];
  /**
   * Error statuses the route answers besides those its definition implies (openapi.ts derives 400,
   * 401, 403, 404, 409 on a `version`, 413 and 415), e.g. 422 for a transition, 410, 429.
   */
  errors?: readonly ErrorStatus[];
  /** State-changing routes need a CSRF token unless this says otherwise. */
  csrf?: boolean;
  /** Extra middleware such as a rate limiter, run before validation. */
  before?: RequestHandler[];
  /** Returns the response body (sent as JSON), or undefined when it wrote the response itself. */
  handler: (ctx: RouteContext<Infer<PS>, Infer<QS>, Infer<BS>, A>) => Promise<unknown> | unknown;
}

export type AnyRoute = RouteSpec<Schema | undefined, Schema | undefined, Schema | undefined, Access>;

/** Identity function that gives the handler typed, validated input. */
export function defineRoute<
  PS extends Schema | undefined = undefined,
  QS extends Schema | undefined = undefined,
  BS extends Schema | undefined = undefined,
  A extends Access = Access,
>(spec: RouteSpec<PS, QS, BS, A>): AnyRoute {
  return spec as unknown as AnyRoute;
}
