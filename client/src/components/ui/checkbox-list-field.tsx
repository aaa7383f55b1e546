import type { ZodForm } from '@/hooks/use-zod-form';
import { splitList } from '@/lib/list-value';
import { FormFieldset } from './form-fieldset';
import { useFieldErrorMessage } from './use-field-error-message';

interface CheckboxListFieldProps<Field extends string> {
  form: ZodForm<Field>;
  /** A field holding the chosen values as one comma-separated string. */
  name: Field;
  legend: string;
  description?: string;
  /** A disabled option cannot be chosen now; its label should say why. */
  options: ReadonlyArray<{ value: string; label: string; disabled?: boolean }>;
}

/**
 * Several choices as checkboxes in a fieldset (easier to use than a multiple select, with keyboard and
 * screen reader alike). The first checkbox carries the field's id, so the error summary can focus it.
 */
export function CheckboxListField<Field extends string>({
  form,
  name,
  legend,
  description,
  options,
}: CheckboxListFieldProps<Field>) {
  const errorMessage = useFieldErrorMessage();
  const error = form.fieldErrors[name];
  const chosen = new Set(splitList(form.values[name]));

  const toggle = (value: string, checked: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? checked : chosen.has(v)));
    form.setValue(name, next.join(','));
  };

  return (
    <FormFieldset
      legend={legend}
      description={description}
      errorText={error && errorMessage(name, legend, error)}
    >
      {options.map((option, index) => {
        const id = index === 0 ? form.fieldId(name) : `${form.fieldId(name)}-${option.value}`;
        return (
          <div className="utrecht-form-field utrecht-form-field--checkbox kp-checkbox" key={option.value}>
            <input
              id={id}
              type="checkbox"
              className={`utrecht-checkbox utrecht-checkbox--html-input${error ? ' utrecht-checkbox--invalid' : ''}`}
              checked={chosen.has(option.value)}
              disabled={option.disabled}
              aria-invalid={error ? true : undefined}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </FormFieldset>
  );
}
