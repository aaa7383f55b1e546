import { ZCandidateSearchResult, type TCandidateSearchQuery } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { candidatesQueryKey } from './get-candidates';

/** The query as the client sends it: every filter optional, the page always given. */
export type CandidateSearchParams = Partial<Omit<TCandidateSearchQuery, 'page' | 'limit'>> &
  Pick<TCandidateSearchQuery, 'page' | 'limit'>;

export function searchCandidates(params: CandidateSearchParams) {
  return apiClient.get('/api/candidates/search', { query: { ...params }, schema: ZCandidateSearchResult });
}

// Under the list key, so saving or erasing a candidate refreshes the search too.
export const candidateSearchQueryOptions = (params: CandidateSearchParams) =>
  queryOptions({
    queryKey: [...candidatesQueryKey, 'list', 'search', params],
    queryFn: () => searchCandidates(params),
    placeholderData: keepPreviousData,
  });

export function useCandidateSearch(params: CandidateSearchParams) {
  return useQuery(candidateSearchQueryOptions(params));
}
