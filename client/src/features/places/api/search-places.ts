import { ZPlaceSearchResult, type TPlaceSearchQuery } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { placesQueryKey } from './get-places';

/** The query as the client sends it: every filter optional, the page always given. */
export type PlaceSearchParams = Partial<Omit<TPlaceSearchQuery, 'page' | 'limit'>> &
  Pick<TPlaceSearchQuery, 'page' | 'limit'>;

/** Open places (consultants: or paused ones), by text, kind, sector, hours and distance from home. */
export function searchPlaces(params: PlaceSearchParams) {
  return apiClient.get('/api/places/search', { query: { ...params }, schema: ZPlaceSearchResult });
}

export const placeSearchQueryOptions = (params: PlaceSearchParams) =>
  queryOptions({
    queryKey: [...placesQueryKey, 'search', params],
    queryFn: () => searchPlaces(params),
    placeholderData: keepPreviousData,
  });

export function usePlaceSearch(params: PlaceSearchParams) {
  return useQuery(placeSearchQueryOptions(params));
}
