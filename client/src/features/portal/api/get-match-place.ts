import { ZDataOf, ZPublicPlace, type TPublicPlace } from '@kansplek/api/contract';
import { useQuery } from '@tanstack/react-query';
import { apiClient, isApiError } from '@/lib/api-client';
import { portalQueryKey } from './portal-keys';

/**
 * The place of one of the candidate's matches, as the open place they may read. Candidates see open
 * places only, so a place that is filled or closed by now is null (that is an answer, not an error).
 */
export async function getMatchPlace(placeId: string): Promise<TPublicPlace | null> {
  try {
    const body = await apiClient.get(`/api/places/${encodeURIComponent(placeId)}`, {
      schema: ZDataOf(ZPublicPlace),
    });
    return body.data;
  } catch (error) {
    if (isApiError(error, 'not_found')) return null;
    throw error;
  }
}

export function useMatchPlace(placeId: string) {
  return useQuery({
    queryKey: [...portalQueryKey, 'place', placeId],
    queryFn: () => getMatchPlace(placeId),
    staleTime: 5 * 60_000,
  });
}
