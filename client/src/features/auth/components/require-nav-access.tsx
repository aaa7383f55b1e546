import { Outlet } from 'react-router';
import { roleCanOpen, type NavItemId } from '@/config/navigation';
import { Forbidden } from '@/features/misc/routes/forbidden';
import { useCurrentUser } from './use-current-user';

/** Shows a page only to roles that have it in their navigation; the API enforces the same on its side. */
export function RequireNavAccess({ item }: { item: NavItemId }) {
  const me = useCurrentUser();
  return roleCanOpen(me.role, item) ? <Outlet /> : <Forbidden />;
}
