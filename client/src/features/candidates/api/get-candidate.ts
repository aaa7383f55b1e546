import { ZCandidate, ZDataOf, type TCandidate } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { candidatesQueryKey } from './get-candidates';

export const candidateQueryKey = (id: string) => [...candidatesQueryKey, 'detail', id] as const;

/** The full profile; the server logs every read of its sensitive fields. */
export async function getCandidate(id: string): Promise<TCandidate> {
  const body = await apiClient.get(`/api/candidates/${encodeURIComponent(id)}`, {
    schema: ZDataOf(ZCandidate),
  });
  return body.data;
}

export const candidateQueryOptions = (id: string) =>
  // Every fetch is an audited read: no refetching in the background.
  queryOptions({ queryKey: candidateQueryKey(id), queryFn: () => getCandidate(id), staleTime: Infinity });

export function useCandidate(id: string) {
  return useQuery(candidateQueryOptions(id));
}
