import { ZDataOf, ZEffort, ZPageOf, type TEffortListQuery } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const effortsQueryKey = ['efforts'] as const;

export type EffortListParams = Partial<Pick<TEffortListQuery, 'contractId' | 'status' | 'kind'>> &
  Pick<TEffortListQuery, 'page' | 'limit'>;

export function getEfforts(params: EffortListParams) {
  return apiClient.get('/api/efforts', { query: { ...params }, schema: ZPageOf(ZEffort) });
}

export function useEfforts(params: EffortListParams) {
  return useQuery({
    queryKey: [...effortsQueryKey, 'list', params],
    queryFn: () => getEfforts(params),
    placeholderData: keepPreviousData,
  });
}

export const effortQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...effortsQueryKey, 'detail', id],
    queryFn: async () =>
      (await apiClient.get(`/api/efforts/${encodeURIComponent(id)}`, { schema: ZDataOf(ZEffort) })).data,
  });

export function useEffort(id: string) {
  return useQuery(effortQueryOptions(id));
}

/** Where the evidence file downloads from (a plain link: the browser saves it). */
export const evidenceUrl = (id: string) => `/api/efforts/${encodeURIComponent(id)}/evidence`;
