import type { ReactNode } from 'react';
import type { ZodForm } from '@/hooks/use-zod-form';
import { FormField } from './form-field';
import { useFieldErrorMessage } from './use-field-error-message';

interface SelectFieldProps<Field extends string> {
  form: ZodForm<Field>;
  name: Field;
  label: string;
  /** `<option>` and `<optgroup>` elements. */
  children: ReactNode;
  description?: ReactNode;
}

export function SelectField<Field extends string>({
  form,
  name,
  label,
  children,
  description,
}: SelectFieldProps<Field>) {
  const errorMessage = useFieldErrorMessage();
  const error = form.fieldErrors[name];

  return (
    <FormField
      id={form.fieldId(name)}
      label={label}
      kind="select"
      description={description}
      errorText={error && errorMessage(name, label, error)}
    >
      {(a11y) => (
        <select
          {...a11y}
          name={name}
          className={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
          value={form.values[name]}
          onChange={(event) => form.setValue(name, event.target.value)}
        >
          {children}
        </select>
      )}
    </FormField>
  );
}
