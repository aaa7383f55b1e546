import { ZCandidateSearchResult } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

const PICKER_SIZE = 20;

/**
 * The consultant's candidates whose name (or skill) matches, to measure distances from one of them.
 * Only names leave this file; the search answer holds no sensitive fields.
 */
export function getCandidateOptions(q: string) {
  return apiClient.get('/api/candidates/search', {
    query: { q: q || undefined, page: 1, limit: PICKER_SIZE },
    schema: ZCandidateSearchResult,
  });
}

export const candidateOptionsQueryOptions = (q: string, enabled: boolean) =>
  queryOptions({
    queryKey: ['candidates', 'list', 'options', q],
    queryFn: () => getCandidateOptions(q),
    select: (result) => result.data.map((hit) => ({ id: hit.id, name: hit.fullName })),
    placeholderData: keepPreviousData,
    enabled,
  });

export function useCandidateOptions(q: string, enabled = true) {
  return useQuery(candidateOptionsQueryOptions(q, enabled));
}
