import { useId, type ReactNode } from 'react';
import type { ZodForm } from '@/hooks/use-zod-form';
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
  const baseId = useId();
  const error = form.fieldErrors[name];
  const descriptionId = description ? `${baseId}-description` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;

  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset kp-radio-group${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ') || undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {description && (
        <div className="utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {errorMessage(name, legend, error)}
        </div>
      )}
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
    </fieldset>
  );
}
