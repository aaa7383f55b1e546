import { ZRecommendationsResult, type TRecommendationsResult } from '@kansplek/api/contract';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { matchingQueryKey } from './matching-keys';

export const RECOMMENDATIONS_LIMIT = 10;
// The candidate's home page shows a few, with a link to search for more.
export const OWN_RECOMMENDATIONS_LIMIT = 5;

/** The best open places for one candidate of the consultant's region. */
export async function getCandidateRecommendations(candidateId: string): Promise<TRecommendationsResult> {
  return apiClient.get(`/api/candidates/${encodeURIComponent(candidateId)}/recommendations`, {
    query: { limit: RECOMMENDATIONS_LIMIT },
    schema: ZRecommendationsResult,
  });
}

export function useCandidateRecommendations(candidateId: string) {
  return useQuery({
    queryKey: [...matchingQueryKey, 'recommendations', candidateId],
    queryFn: () => getCandidateRecommendations(candidateId),
  });
}

/** The best open places for the signed-in candidate. */
export async function getOwnRecommendations(): Promise<TRecommendationsResult> {
  return apiClient.get('/api/me/recommendations', {
    query: { limit: OWN_RECOMMENDATIONS_LIMIT },
    schema: ZRecommendationsResult,
  });
}

export function useOwnRecommendations() {
  return useQuery({
    queryKey: [...matchingQueryKey, 'recommendations', 'me'],
    queryFn: getOwnRecommendations,
  });
}
