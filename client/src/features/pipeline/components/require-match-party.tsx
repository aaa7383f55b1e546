import { PIPELINE_ACTORS } from '@kansplek/api/contract';
import { Outlet } from 'react-router';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { Forbidden } from '@/features/misc/routes/forbidden';

/** A match's page is for its parties (consultant, contractor, candidate); the API decides which match. */
export function RequireMatchParty() {
  const me = useCurrentUser();
  return (PIPELINE_ACTORS as readonly string[]).includes(me.role) ? <Outlet /> : <Forbidden />;
}
