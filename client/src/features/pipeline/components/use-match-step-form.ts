import type { TMatch } from '@kansplek/api/contract';
import type { z } from 'zod';
import { useZodForm, type FormValues } from '@/hooks/use-zod-form';
import { topLevelField, withFormFields, type FieldFor } from './match-form-schema';

interface MatchStepFormOptions<Field extends string, Output> {
  id: string;
  schema: z.ZodType<Output>;
  initialValues: FormValues<Field>;
  /** Sends the step; the API answers with the match as it is now. */
  send: (body: Output) => Promise<TMatch>;
  /** Where the API's field issues show (`body.employment.startDate` → a form field). */
  fieldFor?: FieldFor;
  onDone?: (match: TMatch) => void;
  resetAfterSuccess?: boolean;
}

/**
 * A form for one step of a match: checked with the contract before sending; the API's field issues
 * appear at their fields, a refused step (409, 422) above the form; what was typed stays on any error.
 */
export function useMatchStepForm<Field extends string, Output>({
  id,
  schema,
  initialValues,
  send,
  fieldFor = topLevelField,
  onDone,
  resetAfterSuccess = true,
}: MatchStepFormOptions<Field, Output>) {
  return useZodForm({
    id,
    schema,
    initialValues,
    resetAfterSuccess,
    onSubmit: async (body) => {
      let match: TMatch;
      try {
        match = await send(body);
      } catch (error) {
        throw withFormFields(error, body, fieldFor);
      }
      onDone?.(match);
    },
  });
}
