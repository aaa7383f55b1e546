import type { ReactNode } from 'react';
import { FormField } from '@/components/ui/form-field';
import { useFieldErrorMessage } from '@/components/ui/use-field-error-message';
import type { ZodForm } from '@/hooks/use-zod-form';

interface TextAreaFieldProps<Field extends string> {
  form: ZodForm<Field>;
  name: Field;
  label: string;
  description?: ReactNode;
  rows?: number;
}

/** A labelled NL Design System text area bound to a form field, with its error wired to assistive tech. */
export function TextAreaField<Field extends string>({
  form,
  name,
  label,
  description,
  rows = 4,
}: TextAreaFieldProps<Field>) {
  const errorMessage = useFieldErrorMessage();
  const error = form.fieldErrors[name];
  return (
    <FormField
      id={form.fieldId(name)}
      label={label}
      kind="text"
      description={description}
      errorText={error && errorMessage(name, label, error)}
    >
      {(a11y) => (
        <textarea
          {...a11y}
          name={name}
          rows={rows}
          className={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
          value={form.values[name]}
          onChange={(event) => form.setValue(name, event.target.value)}
        />
      )}
    </FormField>
  );
}
