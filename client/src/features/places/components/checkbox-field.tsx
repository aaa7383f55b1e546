import type { ReactNode } from 'react';
import { FormField } from '@/components/ui/form-field';
import { useFieldErrorMessage } from '@/components/ui/use-field-error-message';
import type { ZodForm } from '@/hooks/use-zod-form';

interface CheckboxFieldProps<Field extends string> {
  form: ZodForm<Field>;
  name: Field;
  label: string;
  description?: ReactNode;
}

/** One yes/no question; the form value is 'true' when ticked and '' when not. */
export function CheckboxField<Field extends string>({
  form,
  name,
  label,
  description,
}: CheckboxFieldProps<Field>) {
  const errorMessage = useFieldErrorMessage();
  const error = form.fieldErrors[name];
  return (
    <FormField
      id={form.fieldId(name)}
      label={label}
      kind="checkbox"
      description={description}
      errorText={error && errorMessage(name, label, error)}
    >
      {(a11y) => (
        <input
          {...a11y}
          type="checkbox"
          name={name}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={form.values[name] === 'true'}
          onChange={(event) => form.setValue(name, event.target.checked ? 'true' : '')}
        />
      )}
    </FormField>
  );
}
