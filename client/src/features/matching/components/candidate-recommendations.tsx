import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useCandidateRecommendations } from '../api/get-recommendations';
import { placePagePath } from '../matching-paths';
import { RecommendationCard } from './recommendation-card';
import './matching.css';

/** "Aanbevolen plekken" on a candidate's page, for the consultant: open places with every factor's points. */
export function CandidateRecommendations({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const recommendations = useCandidateRecommendations(candidateId);
  const data = recommendations.data;
  const blocked = data?.blockedBy ?? [];

  return (
    <section aria-labelledby="matching-recommendations" className="kp-matching-section">
      <h2 className="utrecht-heading-2" id="matching-recommendations">
        {t('matching.recommendations.title')}
      </h2>
      <p className="utrecht-paragraph">{t('matching.recommendations.intro')}</p>
      {recommendations.isPending && <Loading />}
      {recommendations.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(recommendations.error)}</p>
        </Alert>
      )}
      {blocked.length > 0 && (
        <Alert type="info">
          <p className="utrecht-paragraph">
            {t('matching.recommendations.blocked', {
              constraints: blocked.map((c) => t(`matching.constraints.${c}`)).join(', '),
            })}
          </p>
        </Alert>
      )}
      {data && blocked.length === 0 && data.data.length === 0 && (
        <p className="utrecht-paragraph">{t('matching.recommendations.none')}</p>
      )}
      {data && data.data.length > 0 && (
        <ol className="kp-cards">
          {data.data.map((recommendation) => (
            <RecommendationCard
              key={recommendation.place.id}
              recommendation={recommendation}
              to={placePagePath(recommendation.place.id)}
              audience="consultant"
            />
          ))}
        </ol>
      )}
    </section>
  );
}
