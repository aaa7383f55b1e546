import { ZCandidateListItem, ZPageOf, type TCandidateListQuery } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const candidatesQueryKey = ['candidates'] as const;

export type CandidateListParams = Partial<Omit<TCandidateListQuery, 'page' | 'limit' | 'sort'>> &
  Pick<TCandidateListQuery, 'page' | 'limit' | 'sort'>;

export function getCandidates(params: CandidateListParams) {
  return apiClient.get('/api/candidates', { query: { ...params }, schema: ZPageOf(ZCandidateListItem) });
}

export const candidatesQueryOptions = (params: CandidateListParams) =>
  queryOptions({
    queryKey: [...candidatesQueryKey, 'list', params],
    queryFn: () => getCandidates(params),
    placeholderData: keepPreviousData,
  });

export function useCandidates(params: CandidateListParams) {
  return useQuery(candidatesQueryOptions(params));
}
