import type { TMe } from '@kansplek/api/contract';
import { useMe } from '../api/get-me';

/** The signed-in user, for components rendered inside `RequireAuth` (which guarantees there is one). */
export function useCurrentUser(): TMe {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser is used outside RequireAuth');
  return data;
}
