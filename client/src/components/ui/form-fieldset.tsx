import { useId, type ReactNode } from 'react';

interface FormFieldsetProps {
  /** Names the question the choices answer. */
  legend: string;
  description?: ReactNode;
  errorText?: string;
  className?: string;
  /** The choices (radio buttons, checkboxes). */
  children: ReactNode;
}

/** NL Design System fieldset for a group of choices: legend, description and error message above them. */
export function FormFieldset({ legend, description, errorText, className, children }: FormFieldsetProps) {
  const baseId = useId();
  const descriptionId = description ? `${baseId}-description` : undefined;
  const errorId = errorText ? `${baseId}-error` : undefined;
  const classes = [
    'utrecht-form-fieldset utrecht-form-fieldset--html-fieldset',
    className,
    errorText && 'utrecht-form-fieldset--invalid',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <fieldset
      className={classes}
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
      {errorText && (
        <div className="utrecht-form-field-error-message" id={errorId}>
          {errorText}
        </div>
      )}
      {children}
    </fieldset>
  );
}
