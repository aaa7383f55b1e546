import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { useWaitingIntroductions } from '../api/get-my-matches';

/** On the candidate's home page: how many introductions wait for their answer, with the way to answer. */
export function PortalStart() {
  const { t } = useTranslation();
  const waiting = useWaitingIntroductions();
  const count = waiting.data?.length;

  return (
    <section aria-labelledby="portal-start">
      <h2 className="utrecht-heading-2" id="portal-start">
        {t('portal.start.title')}
      </h2>
      {count !== undefined && count > 0 && (
        <Alert type="info">
          <p className="utrecht-paragraph">
            <strong>{t('portal.start.waiting', { count })}</strong>{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={paths.myMatches}>
              {t('portal.start.answer')}
            </Link>
          </p>
        </Alert>
      )}
      {(count === 0 || waiting.isError) && (
        <p className="utrecht-paragraph">
          {count === 0 && `${t('portal.start.waiting', { count })} `}
          <Link className="utrecht-link utrecht-link--html-a" to={paths.myMatches}>
            {t('portal.start.view')}
          </Link>
        </p>
      )}
    </section>
  );
}
