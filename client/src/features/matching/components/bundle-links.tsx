import type { TPlace, TPlaceLink } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { placePagePath } from '../matching-paths';

function PlaceLink({ place, linked }: { place: TPlaceLink; linked: boolean }) {
  const { t } = useTranslation();
  const label = t('matching.bundle.partLabel', { title: place.title, contractor: place.contractorName });
  return linked ? (
    <Link className="utrecht-link utrecht-link--html-a" to={placePagePath(place.id)}>
      {label}
    </Link>
  ) : (
    <>{label}</>
  );
}

/**
 * Task bundling (jobcarving): a combined place lists its parts, a part names the place it went into.
 * Only consultants get links; a contractor cannot open another contractor's place.
 */
export function BundleLinks({ place, linked }: { place: TPlace; linked: boolean }) {
  const { t } = useTranslation();
  if (!place.bundle && !place.bundledInto) return null;
  return (
    <Alert type="info">
      {place.bundle && (
        <>
          <p className="utrecht-paragraph">{t('matching.bundle.parts')}</p>
          <ul className="utrecht-unordered-list">
            {place.bundle.parts.map((part) => (
              <li className="utrecht-unordered-list__item" key={part.id}>
                <PlaceLink place={part} linked={linked} />
              </li>
            ))}
          </ul>
        </>
      )}
      {place.bundledInto && (
        <p className="utrecht-paragraph">
          {t('matching.bundle.partOf', { title: place.bundledInto.title })}{' '}
          {linked && (
            <Link className="utrecht-link utrecht-link--html-a" to={placePagePath(place.bundledInto.id)}>
              {t('matching.bundle.open')}
            </Link>
          )}
        </p>
      )}
    </Alert>
  );
}
