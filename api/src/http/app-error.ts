import type { TErrorCode, TFieldIssue } from '../contract';

/** The one error type services throw; the error handler turns it into `{ error: { code, message, details } }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: TErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what} not found`);

export const forbidden = (message = 'You may not do this') => new AppError(403, 'forbidden', message);

export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Sign in first');

export const staleVersion = (current: number) =>
  new AppError(409, 'stale_version', 'This record was changed by someone else; reload and try again', {
    currentVersion: current,
  });

/** 409; with `fields`, each also comes as a field issue (`body.<field>`), the same shape as validation errors. */
export const conflict = (message: string, details?: { fields?: string[] } & Record<string, unknown>) =>
  new AppError(
    409,
    'conflict',
    message,
    details?.fields
      ? {
          ...details,
          issues: details.fields.map((field) => ({ path: `body.${field}`, code: 'duplicate', message })),
        }
      : details,
  );

/** A field-level validation failure raised by a service (e.g. a rule zod cannot see). */
export const invalidField = (path: string, message: string, code = 'invalid') =>
  new AppError(400, 'validation_failed', message, {
    issues: [{ path, code, message } satisfies TFieldIssue],
  });
