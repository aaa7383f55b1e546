import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { loginPathReturningTo } from '@/config/paths';
import { useMe } from '../api/get-me';

/** Route guard: without a session the user goes to the login page and comes back here afterwards. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();

  if (me.isPending) return <Loading />;
  if (me.isError) throw me.error;
  if (!me.data) {
    return <Navigate to={loginPathReturningTo(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}
