import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { useErrorMessage } from '@/hooks/use-error-message';

/** Shown instead of a blank screen when a page fails to render or its data cannot be loaded. */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  const errorMessage = useErrorMessage();

  return (
    <main className="utrecht-document utrecht-page-body__content kp-main kp-main__content" id="main">
      <h1 className="utrecht-heading-1">{t('routeError.title')}</h1>
      <Alert type="error">
        <p className="utrecht-paragraph">{errorMessage(error)}</p>
      </Alert>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href="/">
          {t('routeError.reload')}
        </a>
      </p>
    </main>
  );
}
