import { useFieldErrorMessage } from '@/components/ui/use-field-error-message';
import type { ZodForm } from '@/hooks/use-zod-form';
import { splitList } from './place-form-values';

interface ChoiceListFieldProps<Field extends string> {
  form: ZodForm<Field>;
  name: Field;
  legend: string;
  description?: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

/** Several ticks under one question (a fieldset of checkboxes); the form value lists the ticked values. */
export function ChoiceListField<Field extends string>({
  form,
  name,
  legend,
  description,
  options,
}: ChoiceListFieldProps<Field>) {
  const errorMessage = useFieldErrorMessage();
  const error = form.fieldErrors[name];
  const chosen = splitList(form.values[name]);
  const baseId = form.fieldId(name);
  const descriptionId = description ? `${baseId}-description` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;

  const toggle = (value: string, on: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? on : chosen.includes(v)));
    form.setValue(name, next.join(','));
  };

  return (
    <fieldset
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      aria-describedby={[errorId, descriptionId].filter(Boolean).join(' ') || undefined}
      aria-invalid={error ? true : undefined}
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
      {options.map((option, index) => {
        // The first box carries the field's id, so the error summary's link lands in this group.
        const id = index === 0 ? baseId : `${baseId}-${option.value}`;
        return (
          <div className="utrecht-form-field utrecht-form-field--checkbox kp-checkbox" key={option.value}>
            <input
              id={id}
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              checked={chosen.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}
