import { ZCandidateSearchResult } from '@kansplek/api/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { matchingQueryKey } from './matching-keys';

const PICK_LIMIT = 8;

/** Candidates of the region by name or skill, to add one to a place by hand. */
export async function findCandidates(q: string) {
  return apiClient.get('/api/candidates/search', {
    query: { q, limit: PICK_LIMIT },
    schema: ZCandidateSearchResult,
  });
}

export function useFindCandidates(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: [...matchingQueryKey, 'find-candidates', text],
    queryFn: () => findCandidates(text),
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
  });
}
