import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { ApiError, isApiError } from '@/lib/api-client';
import { fieldErrorsFromApi, fieldErrorsFromZod, type FieldErrors } from '@/lib/form-errors';

export type FormValues<Field extends string> = Record<Field, string>;

interface UseZodFormOptions<Field extends string, Output> {
  /** Prefix for the ids of the fields, unique on the page; the error summary links to them. */
  id: string;
  schema: z.ZodType<Output>;
  initialValues: FormValues<Field>;
  /** Receives the parsed values; a thrown ApiError is shown on the form, never losing the typed values. */
  onSubmit: (values: Output) => Promise<unknown>;
  /** Empty the form after a successful submit (otherwise the saved values stay, as on an edit form). */
  resetAfterSuccess?: boolean;
}

/**
 * Form state validated with the API's own zod schema before anything is sent.
 * Values are kept in state (not in the DOM), so no error, re-render or language switch wipes what was typed.
 */
export function useZodForm<Field extends string, Output>({
  id,
  schema,
  initialValues,
  onSubmit,
  resetAfterSuccess = false,
}: UseZodFormOptions<Field, Output>) {
  const [values, setValues] = useState<FormValues<Field>>(initialValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  // Bumped on every failed submit, so the summary takes focus again even when the errors are the same.
  const [failedAttempts, setFailedAttempts] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (failedAttempts > 0) summaryRef.current?.focus();
  }, [failedAttempts]);

  const setValue = useCallback((field: Field, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
  }, []);

  const fail = (errors: FieldErrors<Field>, error: ApiError | null) => {
    setFieldErrors(errors);
    setFormError(error);
    setFailedAttempts((count) => count + 1);
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSubmitting) return;
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      fail(fieldErrorsFromZod(parsed.error.issues, values) as FieldErrors<Field>, null);
      return;
    }
    setSubmitting(true);
    try {
      await onSubmit(parsed.data);
      if (resetAfterSuccess) setValues(initialValues);
      setFieldErrors({});
      setFormError(null);
    } catch (error) {
      const apiError = isApiError(error)
        ? error
        : new ApiError(0, 'internal_error', error instanceof Error ? error.message : String(error));
      fail(fieldErrorsFromApi(apiError.fieldIssues) as FieldErrors<Field>, apiError);
    } finally {
      setSubmitting(false);
    }
  };

  const fieldId = useCallback((field: Field) => `${id}-${field}`, [id]);

  return { values, setValue, fieldId, fieldErrors, formError, isSubmitting, handleSubmit, summaryRef };
}

export type ZodForm<Field extends string> = Pick<
  ReturnType<typeof useZodForm<Field, unknown>>,
  'values' | 'setValue' | 'fieldId' | 'fieldErrors' | 'formError' | 'summaryRef'
>;
