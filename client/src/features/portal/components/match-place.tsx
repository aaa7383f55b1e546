import type { TPublicPlace } from '@kansplek/api/contract';
import type { UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { openPlacePagePath } from '../portal-paths';

type PlaceQuery = UseQueryResult<TPublicPlace | null>;

/** What a card calls the place: its title, or what is known while it loads or once it is closed. */
export function placeName(place: PlaceQuery, t: TFunction): string {
  if (place.isPending) return t('portal.place.loading');
  return place.data?.title ?? t('portal.place.unknown');
}

/**
 * A match card's heading: the place's title (a link to read it again) and its employer. A place that is
 * no longer open cannot be read by the candidate, so it is named as such.
 */
export function MatchPlaceHeading({ place, headingId }: { place: PlaceQuery; headingId: string }) {
  const { t } = useTranslation();
  const data = place.data;
  const city = data?.location?.city;
  return (
    <>
      <h3 className="utrecht-heading-3" id={headingId}>
        {data ? (
          <Link className="utrecht-link utrecht-link--html-a" to={openPlacePagePath(data.id)}>
            {data.title}
          </Link>
        ) : (
          placeName(place, t)
        )}
      </h3>
      {data && (
        <p className="utrecht-paragraph">
          {city
            ? t('portal.place.employerCity', { employer: data.employer.name, city })
            : t('portal.place.employer', { employer: data.employer.name })}
        </p>
      )}
    </>
  );
}
