import type { TFieldIssue } from '@kansplek/api/contract';
import type { z } from 'zod';

/** What went wrong with one field, as a translation key suffix plus values for the message. */
export type FieldErrorKind =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'email'
  | 'format'
  | 'choose'
  | 'taken'
  | 'mismatch'
  | 'invalid'
  | 'passwordBlank'
  | 'passwordIsEmail'
  | 'passwordCommon'
  | 'passwordWeak'
  | 'codeInvalid';

export interface FieldError {
  kind: FieldErrorKind;
  params?: { min?: number; max?: number };
}

export type FieldErrors<Field extends string = string> = Partial<Record<Field, FieldError>>;

function issueToFieldError(issue: z.core.$ZodIssue): FieldError {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'required' };
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min <= 1) return { kind: 'required' };
      return issue.origin === 'string' ? { kind: 'tooShort', params: { min } } : { kind: 'invalid' };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return issue.origin === 'string' ? { kind: 'tooLong', params: { max } } : { kind: 'invalid' };
    }
    case 'invalid_format':
      return issue.format === 'email' ? { kind: 'email' } : { kind: 'format' };
    case 'invalid_value':
      return { kind: 'choose' };
    default:
      return { kind: 'invalid' };
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Maps the issues of a failed `safeParse` to one error per top-level field (the first one wins).
 * An empty field is reported as missing, whatever rule it broke: "E-mailadres is verplicht" helps
 * more than "not a valid e-mail address" for a field left blank.
 */
export function fieldErrorsFromZod(
  issues: readonly z.core.$ZodIssue[],
  values: Readonly<Record<string, unknown>> = {},
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field !== 'string' || errors[field]) continue;
    errors[field] =
      field in values && isBlank(values[field]) ? { kind: 'required' } : issueToFieldError(issue);
  }
  return errors;
}

// The API reports only the code, so limits are unknown here; the generic message covers those.
const SERVER_CODE_KINDS: Record<string, FieldErrorKind> = {
  invalid_type: 'required',
  invalid_format: 'format',
  invalid_value: 'choose',
  conflict: 'taken',
  role_organisation_mismatch: 'mismatch',
  not_found: 'choose',
  // Why the password policy refused a password (api/src/users/password-policy.ts).
  password_blank: 'passwordBlank',
  password_is_email: 'passwordIsEmail',
  password_common: 'passwordCommon',
  password_weak: 'passwordWeak',
  second_factor_invalid: 'codeInvalid',
};

/** Maps the field issues of an API error (`path: 'body.email'`) to field errors of a form. */
export function fieldErrorsFromApi(issues: readonly TFieldIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const [location, field] = issue.path.split('.');
    if (location !== 'body' || !field || errors[field]) continue;
    const isEmailField = field === 'email' && issue.code === 'invalid_format';
    errors[field] = { kind: isEmailField ? 'email' : (SERVER_CODE_KINDS[issue.code] ?? 'invalid') };
  }
  return errors;
}

/**
 * Translation keys for a field error, most specific first: `validation.fields.password.tooShort`
 * lets a form say more than the generic `validation.generic.tooShort`.
 */
export function fieldErrorKeys(field: string, error: FieldError): string[] {
  return [`validation.fields.${field}.${error.kind}`, `validation.generic.${error.kind}`];
}
