import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { usePlaceTitle } from '../api/get-place-title';
import { openPlacePagePath, placePagePath } from '../pipeline-paths';

/** A link to the match's place: its page for the contractor and consultants, the open place for candidates. */
export function PlaceLink({ placeId }: { placeId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const title = usePlaceTitle(placeId);
  const to = me.role === 'candidate' ? openPlacePagePath(placeId) : placePagePath(placeId);
  return (
    <Link className="utrecht-link utrecht-link--html-a" to={to}>
      {title.data ?? t('pipeline.place.fallback')}
    </Link>
  );
}
