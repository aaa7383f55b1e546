import type { ReactNode } from 'react';
import type { ZodForm } from '@/hooks/use-zod-form';
import { FormFieldset } from './form-fieldset';
import { useFieldErrorMessage } from './use-field-error-message';

interface RadioGroupFieldProps<Field extends string> {
  form: ZodForm<Field>;
  name: Field;
  legend: string;
  description?: ReactNode;
  options: ReadonlyArray<{ value: string; label: string }>;
}

/**
 * One choice of a few as radio buttons in a fieldset whose legend names the question. The first
 * button carries the field's id, so the error summary can take the user there.
 */
export function RadioGroupField<Field extends string>({
  form,
  name,
  legend,
  description,
  options,
}: RadioGroupFieldProps<Field>) {
  const errorMessage = useFieldErrorMessage();
  const error = form.fieldErrors[name];

  return (
    <FormFieldset
      legend={legend}
      description={description}
      errorText={error && errorMessage(name, legend, error)}
      className="kp-radio-group"
    >
      <div className="kp-radio-group__options">
        {options.map((option, index) => {
          const id = index === 0 ? form.fieldId(name) : `${form.fieldId(name)}-${option.value}`;
          return (
            <div className="utrecht-form-field utrecht-form-field--radio kp-radio" key={option.value}>
              <input
                id={id}
                type="radio"
                name={form.fieldId(name)}
                value={option.value}
                className={`utrecht-radio-button utrecht-radio-button--html-input${error ? ' utrecht-radio-button--invalid' : ''}`}
                checked={form.values[name] === option.value}
                aria-invalid={error ? true : undefined}
                onChange={() => form.setValue(name, option.value)}
              />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </FormFieldset>
  );
}
