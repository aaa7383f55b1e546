import type { TPlaceHit } from '@kansplek/api/contract';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HighlightedText } from '@/components/ui/highlighted-text';
import { openPlacePath, placePath } from '../place-paths';
import { usePlaceText } from './use-place-text';

interface PlaceHitListProps {
  hits: TPlaceHit[];
  /** Consultants open the whole place and measure from a candidate; candidates from their own home. */
  forConsultant: boolean;
  /** Something to do with each place, under its facts (the candidate's "Ik heb interesse"). */
  action?: (hit: TPlaceHit) => ReactNode;
}

/** The places found: what, for whom, where and how far, with the matched words marked. */
export function PlaceHitList({ hits, forConsultant, action }: PlaceHitListProps) {
  const { t, i18n } = useTranslation();
  const text = usePlaceText();
  const km = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
  return (
    <ul className="kp-cards">
      {hits.map((hit) => (
        <li className="kp-card kp-hit" key={hit.id}>
          <h3 className="utrecht-heading-3">
            <Link
              className="utrecht-link utrecht-link--html-a"
              to={forConsultant ? placePath(hit.id) : openPlacePath(hit.id)}
            >
              <HighlightedText segments={hit.highlights.title} text={hit.title} />
            </Link>
          </h3>
          <p className="utrecht-paragraph">
            <HighlightedText segments={hit.highlights.contractorName} text={hit.contractorName} />
            {hit.city && ` · ${hit.city}`}
            {hit.distanceKm !== null &&
              ` · ${t(forConsultant ? 'places.search.kmAway' : 'places.search.kmFromHome', { km: km.format(hit.distanceKm) })}`}
          </p>
          <ul className="kp-card__facts">
            <li>
              <span className="kp-tag">{t(`places.kindsPlain.${hit.kind}`)}</span>
            </li>
            {hit.occupation && (
              <li>
                <HighlightedText segments={hit.highlights.occupationLabel} text={hit.occupation} />
              </li>
            )}
            <li>{text.hours(hit.hours)}</li>
            <li>{t('places.open.startsOn', { date: text.startDate(hit.startDate) })}</li>
            {hit.status === 'paused' && (
              <li>
                <span className="kp-status kp-status--paused">{t('places.statuses.paused')}</span>
              </li>
            )}
          </ul>
          {action?.(hit)}
        </li>
      ))}
    </ul>
  );
}
