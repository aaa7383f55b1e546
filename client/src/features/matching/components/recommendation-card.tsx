import type { TPlaceRecommendation } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MatchReasons, PlainMatchReasons } from './match-reasons';
import { fitLabel } from './plain-reason-text';
import { formatNumber } from './reason-text';

interface RecommendationCardProps {
  recommendation: TPlaceRecommendation;
  /** Where the title links to: the place's page for consultants, the open place for the candidate. */
  to: string;
  /** `candidate`: plain sentences addressed to them; `consultant`: every factor with its points. */
  audience: 'consultant' | 'candidate';
}

/** One recommended place with why it fits. */
export function RecommendationCard({ recommendation, to, audience }: RecommendationCardProps) {
  const { t, i18n } = useTranslation();
  const { place } = recommendation;
  const hours =
    place.hours.min === place.hours.max ? `${place.hours.min}` : `${place.hours.min}–${place.hours.max}`;
  const label = t('matching.proposals.reasonsOf', { name: place.title });
  return (
    <li className="kp-card">
      <h3 className="utrecht-heading-3">
        <Link className="utrecht-link utrecht-link--html-a" to={to}>
          {place.title}
        </Link>
      </h3>
      {audience === 'consultant' ? (
        <>
          <ul className="kp-card__facts">
            <li>
              <strong>
                {t('matching.score', { score: formatNumber(recommendation.score, i18n.language) })}
              </strong>
            </li>
            <li>
              {t('matching.distanceKm', { km: formatNumber(recommendation.distanceKm, i18n.language) })}
            </li>
            <li>
              {t('matching.recommendations.facts', {
                contractor: place.contractorName,
                city: place.city,
                hours,
              })}
            </li>
          </ul>
          <MatchReasons reasons={recommendation.reasons} label={label} />
        </>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {t('matching.own.facts', { employer: place.contractorName, city: place.city, hours })}
          </p>
          <p className="utrecht-paragraph">
            <strong>{fitLabel(recommendation.score, t)}.</strong> {t('matching.own.why')}
          </p>
          <PlainMatchReasons reasons={recommendation.reasons} label={t('matching.own.why')} />
        </>
      )}
    </li>
  );
}
