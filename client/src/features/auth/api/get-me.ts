import { ZDataOf, ZMe, type TMe } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient, isApiError } from '@/lib/api-client';

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no session (that is an answer, not an error). */
export async function getMe(): Promise<TMe | null> {
  try {
    const body = await apiClient.get('/api/me', { schema: ZDataOf(ZMe) });
    return body.data;
  } catch (error) {
    if (isApiError(error, 'unauthenticated')) return null;
    throw error;
  }
}

export const meQueryOptions = () =>
  queryOptions({ queryKey: meQueryKey, queryFn: getMe, staleTime: 5 * 60_000, retry: 1 });

export function useMe() {
  return useQuery(meQueryOptions());
}
