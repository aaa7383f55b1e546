import type { ReactNode } from 'react';
import { FormField } from '@/components/ui/form-field';
import type { ZodForm } from '@/hooks/use-zod-form';

interface CheckboxFieldProps<Field extends string> {
  form: ZodForm<Field>;
  /** A field holding `'true'` or `'false'`. */
  name: Field;
  label: string;
  description?: ReactNode;
}

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
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={form.values[name] === 'true'}
          onChange={(event) => form.setValue(name, String(event.target.checked))}
        />
      )}
    </FormField>
  );
}
