import type { InputHTMLAttributes, ReactNode } from 'react';
import type { ZodForm } from '@/hooks/use-zod-form';
import { FormField } from './form-field';
import { useFieldErrorMessage } from './use-field-error-message';

type NativeInputProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'autoComplete' | 'inputMode' | 'spellCheck' | 'autoCapitalize' | 'required'
>;

interface TextFieldProps<Field extends string> extends NativeInputProps {
  form: ZodForm<Field>;
  name: Field;
  label: string;
  description?: ReactNode;
}

/** A labelled NL Design System text box bound to a form field, with its error wired to assistive tech. */
export function TextField<Field extends string>({
  form,
  name,
  label,
  description,
  type = 'text',
  ...inputProps
}: TextFieldProps<Field>) {
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
        <input
          {...inputProps}
          {...a11y}
          name={name}
          type={type}
          className={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          value={form.values[name]}
          onChange={(event) => form.setValue(name, event.target.value)}
        />
      )}
    </FormField>
  );
}
