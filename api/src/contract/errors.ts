import { z } from 'zod';

/** Stable error codes: the client maps these to translated messages. */
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'unauthenticated',
  'invalid_credentials',
  'second_factor_invalid',
  'forbidden',
  'csrf_invalid',
  'not_found',
  'conflict',
  'stale_version',
  'invalid_transition',
  'unprocessable',
  'invite_invalid',
  'rate_limited',
  'internal_error',
  'service_unavailable',
] as const;
export const ZErrorCode = z.enum(ERROR_CODES);
export type TErrorCode = z.infer<typeof ZErrorCode>;

export const ZFieldIssue = z.object({
  path: z.string().meta({ description: 'Where the problem is, e.g. body.email or query.limit' }),
  code: z.string(),
  message: z.string(),
});
export type TFieldIssue = z.infer<typeof ZFieldIssue>;

export const ZErrorBody = z
  .object({
    error: z.object({
      code: ZErrorCode,
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });
export type TErrorBody = z.infer<typeof ZErrorBody>;
