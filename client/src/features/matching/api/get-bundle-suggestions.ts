import { ZBundleSuggestion, ZPageOf } from '@kansplek/api/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { matchingQueryKey } from './matching-keys';

export const BUNDLES_PAGE_SIZE = 10;

/** Small places of similar work nearby that together could make one job (jobcarving). */
export async function getBundleSuggestions(page: number) {
  return apiClient.get('/api/bundles/suggestions', {
    query: { page, limit: BUNDLES_PAGE_SIZE },
    schema: ZPageOf(ZBundleSuggestion),
  });
}

export function useBundleSuggestions(page: number) {
  return useQuery({
    queryKey: [...matchingQueryKey, 'bundles', page],
    queryFn: () => getBundleSuggestions(page),
    placeholderData: keepPreviousData,
  });
}
