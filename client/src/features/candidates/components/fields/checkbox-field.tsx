import type { ReactNode } from 'react';
import type { ZodForm } from '@/hooks/use-zod-form';
import { FormField } from '@/components/ui/form-field';

interface CheckboxFieldProps<Field extends string> {
  form: ZodForm<Field>;
  name: Field;
  label: string;
  description?: ReactNode;
}

/** A yes/no question, stored in the form as 'true' or 'false'. */
export function CheckboxField<Field extends string>({
  form,
  name,
  label,
  description,
}: CheckboxFieldProps<Field>) {
  return (
    <FormField id={form.fieldId(name)} label={label} kind="checkbox" description={description}>
      {(a11y) => (
        <input
          {...a11y}
          type="checkbox"
          name={name}
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={form.values[name] === 'true'}
          onChange={(event) => form.setValue(name, event.target.checked ? 'true' : 'false')}
        />
      )}
    </FormField>
  );
}
