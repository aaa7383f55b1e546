import type { TPublicPlace } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { openPlacePath } from '../place-paths';
import { usePlaceText } from './use-place-text';

/** One open place in the candidate's list: what, where, how many hours, from when. */
export function OpenPlaceCard({ place }: { place: TPublicPlace }) {
  const { t } = useTranslation();
  const text = usePlaceText();
  return (
    <li className="kp-place-card">
      <h2 className="utrecht-heading-3">
        <Link className="utrecht-link utrecht-link--html-a" to={openPlacePath(place.id)}>
          {place.title}
        </Link>
      </h2>
      <p className="utrecht-paragraph">
        {place.employer.name}
        {place.location?.city ? ` · ${place.location.city}` : ''}
      </p>
      <ul className="kp-place-card__facts">
        <li>
          <span className="kp-tag">{t(`places.kindsPlain.${place.kind}`)}</span>
        </li>
        <li>{text.hours(place.hours)}</li>
        <li>{t('places.open.startsOn', { date: text.startDate(place.startDate) })}</li>
        {place.support.length > 0 && <li>{t('places.open.withSupport')}</li>}
      </ul>
    </li>
  );
}
