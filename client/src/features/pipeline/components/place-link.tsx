import type { TMatch } from '@kansplek/api/contract';
import { Link } from 'react-router';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { openPlacePagePath, placePagePath } from '../pipeline-paths';

/** A link to the match's place: its page for the contractor and consultants, the open place for candidates. */
export function PlaceLink({ place }: { place: TMatch['place'] }) {
  const me = useCurrentUser();
  const to = me.role === 'candidate' ? openPlacePagePath(place.id) : placePagePath(place.id);
  return (
    <Link className="utrecht-link utrecht-link--html-a" to={to}>
      {place.title}
    </Link>
  );
}
