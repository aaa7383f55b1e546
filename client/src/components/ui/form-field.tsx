import type { ReactNode } from 'react';

export interface ControlA11yProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FormFieldProps {
  id: string;
  label: string;
  kind: 'text' | 'select' | 'checkbox';
  description?: ReactNode;
  errorText?: string;
  /** Renders the control with the ids that tie it to its label, description and error. */
  children: (a11y: ControlA11yProps) => ReactNode;
}

/** NL Design System form field: label, description and error message above the control. */
export function FormField({ id, label, kind, description, errorText, children }: FormFieldProps) {
  const descriptionId = description ? `${id}-description` : undefined;
  const errorId = errorText ? `${id}-error` : undefined;
  const describedBy = [errorId, descriptionId].filter(Boolean).join(' ') || undefined;
  const control = children({
    id,
    'aria-invalid': errorText ? true : undefined,
    'aria-describedby': describedBy,
  });

  return (
    <div
      className={`utrecht-form-field utrecht-form-field--${kind} utrecht-form-field--distanced${errorText ? ' utrecht-form-field--invalid' : ''}`}
    >
      {kind === 'checkbox' && <div className="utrecht-form-field__input">{control}</div>}
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description && (
        <div className="utrecht-form-field__description utrecht-form-field-description" id={descriptionId}>
          {description}
        </div>
      )}
      {errorText && (
        <div className="utrecht-form-field__error-message utrecht-form-field-error-message" id={errorId}>
          {errorText}
        </div>
      )}
      {kind !== 'checkbox' && <div className="utrecht-form-field__input">{control}</div>}
    </div>
  );
}
