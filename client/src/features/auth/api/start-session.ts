import type { TMe } from '@kansplek/api/contract';
import type { QueryClient } from '@tanstack/react-query';
import { resetCsrfToken } from '@/lib/api-client';
import { changeLocale } from '@/i18n';
import { meQueryKey } from './get-me';

/** After login or accepting an invitation: the CSRF token and cached data belonged to the anonymous session. */
export async function startSession(queryClient: QueryClient, me: TMe): Promise<void> {
  resetCsrfToken();
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, me);
  await changeLocale(me.locale);
}
