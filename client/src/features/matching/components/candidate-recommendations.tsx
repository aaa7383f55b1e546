import { useTranslation } from 'react-i18next';
import { useCandidateRecommendations } from '../api/get-recommendations';
import { placePagePath } from '../matching-paths';
import { RecommendationsSection } from './recommendations-section';

/** "Aanbevolen plekken" on a candidate's page, for the consultant: open places with every factor's points. */
export function CandidateRecommendations({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const recommendations = useCandidateRecommendations(candidateId);
  return (
    <RecommendationsSection
      headingId="matching-recommendations"
      title={t('matching.recommendations.title')}
      intro={<p className="utrecht-paragraph">{t('matching.recommendations.intro')}</p>}
      recommendations={recommendations}
      audience="consultant"
      placePath={placePagePath}
      blockedText={(blocked) =>
        t('matching.recommendations.blocked', {
          constraints: blocked.map((c) => t(`matching.constraints.${c}`)).join(', '),
        })
      }
      noneText={t('matching.recommendations.none')}
    />
  );
}
