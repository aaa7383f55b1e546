import { Outlet } from 'react-router';
import { roleCanOpen } from '@/config/navigation';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { Forbidden } from '@/features/misc/routes/forbidden';

/**
 * The place-management pages serve two navigation entries ("Mijn plekken" for contractors, the
 * region's places for consultants); a role with either may open them. The API checks the same.
 */
export function RequirePlaceManagement() {
  const me = useCurrentUser();
  const allowed = roleCanOpen(me.role, 'ownPlaces') || roleCanOpen(me.role, 'regionPlaces');
  return allowed ? <Outlet /> : <Forbidden />;
}
