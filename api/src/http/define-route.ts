import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { TRole } from '../contract';
import type { SessionUser } from './session-user';

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
