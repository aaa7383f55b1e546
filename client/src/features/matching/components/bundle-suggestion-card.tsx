import type { TBundleSuggestion } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { placePagePath } from '../matching-paths';
import { CreateBundleForm } from './create-bundle-form';
import { formatNumber } from './reason-text';

const hoursText = ({ min, max }: { min: number; max: number }) => (min === max ? `${min}` : `${min}–${max}`);

/** One suggested bundle: its parts, the hours they add up to, how far apart they are and what they share. */
export function BundleSuggestionCard({
  suggestion,
  index,
}: {
  suggestion: TBundleSuggestion;
  index: number;
}) {
  const { t, i18n } = useTranslation();
  const headingId = `bundle-${index}`;
  return (
    <li className="kp-card">
      <h2 className="utrecht-heading-3" id={headingId}>
        {t('matching.bundles.suggestion', { count: suggestion.places.length })}:{' '}
        {suggestion.places.map((place) => place.title).join(' + ')}
      </h2>
      <ul className="kp-card__facts">
        <li>
          <strong>{t('matching.bundles.together', { hours: hoursText(suggestion.hours) })}</strong>
        </li>
        <li>{t('matching.bundles.spread', { km: formatNumber(suggestion.spreadKm, i18n.language) })}</li>
        <li>
          {t('matching.bundles.similarity', {
            similarity: t(`matching.bundles.similarities.${suggestion.similarity}`, {
              defaultValue: suggestion.similarity,
            }),
          })}
        </li>
      </ul>
      <ul className="utrecht-unordered-list">
        {suggestion.places.map((place) => (
          <li className="utrecht-unordered-list__item" key={place.id}>
            <Link className="utrecht-link utrecht-link--html-a" to={placePagePath(place.id)}>
              {place.title}
            </Link>{' '}
            —{' '}
            {t('matching.bundles.partFacts', {
              contractor: place.contractorName,
              city: place.city,
              hours: hoursText(place.hours),
            })}
          </li>
        ))}
      </ul>
      <CreateBundleForm suggestion={suggestion} index={index} />
    </li>
  );
}
