import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useOwnRecommendations } from '../api/get-recommendations';
import { openPlacePagePath } from '../matching-paths';
import { RecommendationsSection } from './recommendations-section';

/** "Aanbevolen voor u" on the candidate's home page: open places that fit, explained in plain words. */
export function OwnRecommendations() {
  const { t } = useTranslation();
  const recommendations = useOwnRecommendations();
  const searchLink = (text: string) => (
    <Link className="utrecht-link utrecht-link--html-a" to={paths.openPlaces}>
      {text}
    </Link>
  );
  return (
    <RecommendationsSection
      headingId="matching-own"
      title={t('matching.own.title')}
      recommendations={recommendations}
      audience="candidate"
      placePath={openPlacePagePath}
      blockedText={(blocked) =>
        blocked.includes('no_consent') ? (
          <>
            {t('matching.own.noConsent')}{' '}
            <Link className="utrecht-link utrecht-link--html-a" to={paths.profile}>
              {t('profile.nav')}
            </Link>
          </>
        ) : (
          t('matching.own.blocked')
        )
      }
      noneText={
        <>
          {t('matching.own.none')} {searchLink(t('places.nav.open'))}
        </>
      }
      before={<p className="utrecht-paragraph">{t('matching.own.intro')}</p>}
      after={<p className="utrecht-paragraph">{searchLink(t('matching.own.more'))}</p>}
    />
  );
}
