import type { TPlace } from '@kansplek/api/contract';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { BundleLinks } from './bundle-links';
import { ManualAddSection } from './manual-add-section';
import { PlaceMatchesSection } from './place-matches-section';
import { ProposalsSection } from './proposals-section';
import './matching.css';

/**
 * Matching on a place's page. Consultants see the proposals, the candidates already decided on and
 * can add one by hand; everyone sees how the place is bundled with others.
 */
export function PlaceMatching({ place }: { place: TPlace }) {
  const me = useCurrentUser();
  const isConsultant = me.role === 'consultant';
  return (
    <>
      <BundleLinks place={place} linked={isConsultant} />
      {/* A bundled part is no longer matched on its own; what was decided on it stays visible. */}
      {isConsultant && !place.bundledInto && <ProposalsSection place={place} />}
      {isConsultant && <PlaceMatchesSection placeId={place.id} />}
      {isConsultant && !place.bundledInto && <ManualAddSection placeId={place.id} />}
    </>
  );
}
