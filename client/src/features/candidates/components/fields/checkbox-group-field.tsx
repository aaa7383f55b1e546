import type { ZodForm } from '@/hooks/use-zod-form';
import { useFieldErrorMessage } from '@/components/ui/use-field-error-message';

interface CheckboxGroupFieldProps<Field extends string> {
  form: ZodForm<Field>;
  name: Field;
  legend: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  description?: string;
}

/** Several choices stored as one comma-separated form value, so the form stays a record of strings. */
export function joinChoices(values: readonly string[]): string {
  return values.join(',');
}

export function splitChoices(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** An NL Design System fieldset of checkboxes; its error and description are tied to the group. */
export function CheckboxGroupField<Field extends string>({
  form,
  name,
  legend,
  options,
  description,
}: CheckboxGroupFieldProps<Field>) {
  const errorMessage = useFieldErrorMessage();
  const error = form.fieldErrors[name];
  const id = form.fieldId(name);
  const chosen = new Set(splitChoices(form.values[name]));
  const describedBy = [error && `${id}-error`, description && `${id}-description`].filter(Boolean).join(' ');

  const toggle = (value: string, checked: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? checked : chosen.has(v)));
    form.setValue(name, joinChoices(next));
  };

  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {description && (
        <div className="utrecht-form-field-description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && (
        <div className="utrecht-form-field-error-message" id={`${id}-error`}>
          {errorMessage(name, legend, error)}
        </div>
      )}
      <div className="kp-candidate-choices">
        {options.map((option, index) => (
          <div className="utrecht-form-field utrecht-form-field--checkbox kp-checkbox" key={option.value}>
            <input
              // The first box carries the field's id, so the error summary can move focus into the group.
              id={index === 0 ? id : `${id}-${option.value}`}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              name={name}
              value={option.value}
              checked={chosen.has(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label
              className="utrecht-form-label utrecht-form-label--checkbox"
              htmlFor={index === 0 ? id : `${id}-${option.value}`}
            >
              {option.label}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
