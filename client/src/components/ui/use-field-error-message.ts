import { useTranslation } from 'react-i18next';
import { fieldErrorKeys, type FieldError } from '@/lib/form-errors';

/** Translates a field error into a sentence that names the field, e.g. "Naam is verplicht." */
export function useFieldErrorMessage() {
  const { t } = useTranslation();
  return (field: string, label: string, error: FieldError): string =>
    t(fieldErrorKeys(field, error), { field: label, ...error.params });
}
