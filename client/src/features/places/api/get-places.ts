import {
  ZPageOf,
  ZPlace,
  type TPlaceKind,
  type TPlaceListQuery,
  type TPlaceStatus,
} from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const placesQueryKey = ['places'] as const;

export type PlaceSort = TPlaceListQuery['sort'];

export interface PlaceListParams {
  status?: TPlaceStatus;
  kind?: TPlaceKind;
  contractorId?: string;
  q?: string;
  sort: PlaceSort;
  page: number;
  limit: number;
}

/** Places as their contractor or a consultant sees them (the whole place). */
export function getPlaces(params: PlaceListParams) {
  return apiClient.get('/api/places', { query: { ...params }, schema: ZPageOf(ZPlace) });
}

export const placesQueryOptions = (params: PlaceListParams) =>
  queryOptions({
    queryKey: [...placesQueryKey, 'list', params],
    queryFn: () => getPlaces(params),
    placeholderData: keepPreviousData,
  });

export function usePlaces(params: PlaceListParams) {
  return useQuery(placesQueryOptions(params));
}
