import type { ErrorRequestHandler, RequestHandler } from 'express';
import mongoose from 'mongoose';
import { ZodError } from 'zod';
import type { TErrorBody, TFieldIssue } from '../contract';
import { AppError, conflict } from './app-error';

export function zodIssues(error: ZodError, prefix: string): TFieldIssue[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    code: issue.code,
    message: issue.message,
  }));
}

/** Body-parser and other http-errors style errors carry a `type` and a `status`. */
interface HttpLikeError {
  type?: string;
  status?: number;
  code?: string;
}

function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  if (err instanceof ZodError) {
    return new AppError(400, 'validation_failed', 'The request is not valid', { issues: zodIssues(err, '') });
  }
  const httpErr = err as HttpLikeError;
  if (httpErr?.type === 'entity.parse.failed')
    return new AppError(400, 'malformed_json', 'The body is not valid JSON');
  if (httpErr?.type === 'entity.too.large') {
    return new AppError(413, 'payload_too_large', 'The request body is too large');
  }
  if (httpErr?.type === 'encoding.unsupported' || httpErr?.type === 'charset.unsupported') {
    return new AppError(415, 'unsupported_media_type', 'Unsupported body encoding');
  }
  if (httpErr?.code === 'EBADCSRFTOKEN') {
    return new AppError(403, 'csrf_invalid', 'Missing or invalid CSRF token; fetch /api/auth/csrf and retry');
  }
  if (err instanceof mongoose.Error.CastError) {
    return new AppError(400, 'validation_failed', 'The request is not valid', {
      issues: [{ path: err.path, code: 'invalid_type', message: err.message }],
    });
  }
  if (err instanceof mongoose.Error.ValidationError) {
    const issues = Object.values(err.errors).map((e) => ({
      path: e.path,
      code: 'invalid',
      message: e.message,
    }));
    return new AppError(400, 'validation_failed', 'The request is not valid', { issues });
  }
  if ((err as { code?: number })?.code === 11000) {
    const keyValue = (err as { keyValue?: Record<string, unknown> }).keyValue ?? {};
    return conflict('A record with these values already exists', { fields: Object.keys(keyValue) });
  }
  if (typeof httpErr?.status === 'number' && httpErr.status >= 400 && httpErr.status < 500) {
    return new AppError(httpErr.status, 'unprocessable', 'The request could not be processed');
  }
  return undefined;
}

export const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const appError = toAppError(err);
  if (!appError) {
    req.log?.error({ err }, 'unhandled error');
    const body: TErrorBody = {
      error: { code: 'internal_error', message: 'Something went wrong on our side' },
    };
    return res.status(500).json(body);
  }
  if (appError.status >= 500) req.log?.error({ err }, appError.message);
  const body: TErrorBody = {
    error: {
      code: appError.code,
      message: appError.message,
      ...(appError.details ? { details: appError.details } : {}),
    },
  };
  res.status(appError.status).json(body);
};

export const apiNotFound: RequestHandler = (req, _res, next) => {
  next(new AppError(404, 'not_found', `No route ${req.method} ${req.path}`));
};
