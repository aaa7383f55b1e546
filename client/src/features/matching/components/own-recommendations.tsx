import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useOwnRecommendations } from '../api/get-recommendations';
import { openPlacePagePath } from '../matching-paths';
import { RecommendationCard } from './recommendation-card';
import './matching.css';

/** "Aanbevolen voor u" on the candidate's home page: open places that fit, explained in plain words. */
export function OwnRecommendations() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const recommendations = useOwnRecommendations();
  const data = recommendations.data;
  const blocked = data?.blockedBy ?? [];

  return (
    <section aria-labelledby="matching-own" className="kp-matching-section">
      <h2 className="utrecht-heading-2" id="matching-own">
        {t('matching.own.title')}
      </h2>
      {recommendations.isPending && <Loading />}
      {recommendations.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(recommendations.error)}</p>
        </Alert>
      )}
      {blocked.length > 0 && (
        <Alert type="info">
          <p className="utrecht-paragraph">
            {blocked.includes('no_consent') ? t('matching.own.noConsent') : t('matching.own.blocked')}{' '}
            {blocked.includes('no_consent') && (
              <Link className="utrecht-link utrecht-link--html-a" to={paths.profile}>
                {t('profile.nav')}
              </Link>
            )}
          </p>
        </Alert>
      )}
      {data && blocked.length === 0 && data.data.length === 0 && (
        <p className="utrecht-paragraph">
          {t('matching.own.none')}{' '}
          <Link className="utrecht-link utrecht-link--html-a" to={paths.openPlaces}>
            {t('places.nav.open')}
          </Link>
        </p>
      )}
      {data && data.data.length > 0 && (
        <>
          <p className="utrecht-paragraph">{t('matching.own.intro')}</p>
          <ol className="kp-cards">
            {data.data.map((recommendation) => (
              <RecommendationCard
                key={recommendation.place.id}
                recommendation={recommendation}
                to={openPlacePagePath(recommendation.place.id)}
                audience="candidate"
              />
            ))}
          </ol>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link utrecht-link--html-a" to={paths.openPlaces}>
              {t('matching.own.more')}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
