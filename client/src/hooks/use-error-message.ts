import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api-client';

/** Turns any thrown error into a translated sentence; the API's English message is never shown. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return (error: unknown): string =>
    isApiError(error) ? t([`errors.${error.code}`, 'errors.internal_error']) : t('errors.internal_error');
}
