import { z } from 'zod';
import { ApiError, isApiError } from '@/lib/api-client';

/**
 * The form field that shows a problem found at a body path such as `['employment', 'startDate']`;
 * `body` is what was checked or sent, for forms whose fields depend on a choice.
 */
export type FieldFor = (path: readonly PropertyKey[], body: unknown) => string | undefined;

/** Most bodies are flat: the first part of the path is the field. */
export const topLevelField: FieldFor = (path) => (typeof path[0] === 'string' ? path[0] : undefined);

/**
 * A form's schema from the API's own contract: the text values make the body, the contract checks it,
 * and each problem moves to the field that shows it (`form` when no field does).
 */
export function contractFormSchema<Values, Output>(
  contract: z.ZodType<Output>,
  toBody: (values: Values) => unknown,
  fieldFor: FieldFor = topLevelField,
): z.ZodType<Output> {
  return z.custom<Values>().transform((values, ctx) => {
    const body = toBody(values);
    const result = contract.safeParse(body);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      ctx.addIssue({ ...issue, path: [fieldFor(issue.path, body) ?? 'form'] });
    }
    return z.NEVER;
  });
}

/**
 * The API's field issues (`body.employment.startDate`) re-addressed to the form's fields, so each shows
 * at its field; a 422 naming body fields is shown like a validation error. Other errors pass unchanged.
 */
export function withFormFields(error: unknown, body: unknown, fieldFor: FieldFor = topLevelField): unknown {
  if (!isApiError(error) || error.code === 'invalid_transition') return error;
  const issues = error.fieldIssues;
  if (!issues.some((issue) => issue.path.startsWith('body.'))) return error;
  const renamed = issues.map((issue) => {
    const [where, ...path] = issue.path.split('.');
    const field = where === 'body' ? fieldFor(path, body) : undefined;
    return { ...issue, path: field ? `body.${field}` : issue.path };
  });
  const code = error.code === 'unprocessable' ? 'validation_failed' : error.code;
  return new ApiError(error.status, code, error.message, { issues: renamed });
}

/** `''` for an empty field, so the contract reports it as missing rather than as a wrong type. */
export const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
export const numberOrUndefined = (value: string) =>
  value.trim() === '' ? undefined : Number(value.trim().replace(',', '.'));
