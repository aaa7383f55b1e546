import { useId, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodForm } from '@/hooks/use-zod-form';
import { useErrorMessage } from '@/hooks/use-error-message';
import { Alert } from './alert';
import { useFieldErrorMessage } from './use-field-error-message';

interface ErrorSummaryProps<Field extends string> {
  form: ZodForm<Field>;
  /** The label of each visible field, in the order the fields appear on the form. */
  labels: Partial<Record<Field, string>>;
}

/** Lists every problem at the top of the form with a link to its field; takes focus after a failed submit. */
export function ErrorSummary<Field extends string>({ form, labels }: ErrorSummaryProps<Field>) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorMessage = useErrorMessage();
  const fieldErrorMessage = useFieldErrorMessage();
  const fields = (Object.keys(labels) as Field[]).filter((field) => form.fieldErrors[field]);
  // An error on a field without a label (a hidden token) can only be reported as a form error.
  const hasHiddenFieldError = Object.keys(form.fieldErrors).some((field) => !(field in labels));
  // With fields to point at, the list says it all; the general message is for problems without a field.
  const showFormError = form.formError && fields.length === 0;

  if (fields.length === 0 && !form.formError && !hasHiddenFieldError) return null;

  const focusField = (event: MouseEvent<HTMLAnchorElement>, field: Field) => {
    const target = document.getElementById(form.fieldId(field));
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };

  return (
    <Alert type="error" ref={form.summaryRef} tabIndex={-1} labelledBy={headingId}>
      <h2 className="utrecht-heading-3" id={headingId}>
        {t('form.errorSummaryTitle')}
      </h2>
      {showFormError && <p className="utrecht-paragraph">{errorMessage(form.formError)}</p>}
      {hasHiddenFieldError && !form.formError && (
        <p className="utrecht-paragraph">{t('errors.validation_failed')}</p>
      )}
      {fields.length > 0 && (
        <ul className="utrecht-unordered-list">
          {fields.map((field) => {
            const error = form.fieldErrors[field];
            if (!error) return null;
            return (
              <li className="utrecht-unordered-list__item" key={field}>
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={`#${form.fieldId(field)}`}
                  onClick={(event) => focusField(event, field)}
                >
                  {fieldErrorMessage(field, labels[field] ?? field, error)}
                </a>
              </li>
            );
          })}
        </ul>
      )}
    </Alert>
  );
}
