import type { TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { openPlacePagePath } from '../portal-paths';

/**
 * A match card's heading: the place's title (a link to read it again; a place that is filled or closed
 * by now says so there) and its employer. The match carries both, whatever became of the place.
 */
export function MatchPlaceHeading({ place, headingId }: { place: TMatch['place']; headingId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="utrecht-heading-3" id={headingId}>
        <Link className="utrecht-link utrecht-link--html-a" to={openPlacePagePath(place.id)}>
          {place.title}
        </Link>
      </h3>
      <p className="utrecht-paragraph">{t('portal.place.employer', { employer: place.contractorName })}</p>
    </>
  );
}
