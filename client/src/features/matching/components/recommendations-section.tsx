import type { TRecommendationsResult } from '@kansplek/api/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useErrorMessage } from '@/hooks/use-error-message';
import { RecommendationCard } from './recommendation-card';
import './matching.css';

interface RecommendationsSectionProps {
  /** Id of the heading that names the section. */
  headingId: string;
  title: string;
  recommendations: UseQueryResult<TRecommendationsResult>;
  /** Who reads the cards: see `RecommendationCard`. */
  audience: 'consultant' | 'candidate';
  /** Where a place's title links to. */
  placePath: (placeId: string) => string;
  /** Why nothing can be recommended, given what blocks it. */
  blockedText: (blockedBy: TRecommendationsResult['blockedBy']) => ReactNode;
  /** Said when nothing fits. */
  noneText: ReactNode;
  /** Under the heading, whatever the answer. */
  intro?: ReactNode;
  /** Before and after the cards, only when there are some. */
  before?: ReactNode;
  after?: ReactNode;
}

/** A section of recommended places: loading, an error, what blocks matching, none, or the cards. */
export function RecommendationsSection({
  headingId,
  title,
  recommendations,
  audience,
  placePath,
  blockedText,
  noneText,
  intro,
  before,
  after,
}: RecommendationsSectionProps) {
  const errorMessage = useErrorMessage();
  const data = recommendations.data;
  const blocked = data?.blockedBy ?? [];

  return (
    <section aria-labelledby={headingId} className="kp-matching-section">
      <h2 className="utrecht-heading-2" id={headingId}>
        {title}
      </h2>
      {intro}
      {recommendations.isPending && <Loading />}
      {recommendations.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(recommendations.error)}</p>
        </Alert>
      )}
      {blocked.length > 0 && (
        <Alert type="info">
          <p className="utrecht-paragraph">{blockedText(blocked)}</p>
        </Alert>
      )}
      {data && blocked.length === 0 && data.data.length === 0 && (
        <p className="utrecht-paragraph">{noneText}</p>
      )}
      {data && data.data.length > 0 && (
        <>
          {before}
          <ol className="kp-cards">
            {data.data.map((recommendation) => (
              <RecommendationCard
                key={recommendation.place.id}
                recommendation={recommendation}
                to={placePath(recommendation.place.id)}
                audience={audience}
              />
            ))}
          </ol>
          {after}
        </>
      )}
    </section>
  );
}
