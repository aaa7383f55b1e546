import { ZMatch, ZPageOf } from '@kansplek/api/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { placeMatchingKey } from './matching-keys';

export const MATCHES_PAGE_SIZE = 20;

export async function getPlaceMatches(placeId: string, page: number) {
  return apiClient.get(`/api/places/${encodeURIComponent(placeId)}/matches`, {
    query: { page, limit: MATCHES_PAGE_SIZE },
    schema: ZPageOf(ZMatch),
  });
}

export function usePlaceMatches(placeId: string, page: number) {
  return useQuery({
    queryKey: [...placeMatchingKey(placeId), 'matches', page],
    queryFn: () => getPlaceMatches(placeId, page),
    placeholderData: keepPreviousData,
  });
}
