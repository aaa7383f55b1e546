import { ZDataOf, ZPlace, ZPublicPlace, type TPlace, type TPublicPlace } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { placesQueryKey } from './get-places';

export const placeQueryKey = (id: string) => [...placesQueryKey, 'detail', id] as const;

export async function getPlace(id: string): Promise<TPlace> {
  const body = await apiClient.get(`/api/places/${encodeURIComponent(id)}`, { schema: ZDataOf(ZPlace) });
  return body.data;
}

export const placeQueryOptions = (id: string) =>
  queryOptions({ queryKey: placeQueryKey(id), queryFn: () => getPlace(id) });

export function usePlace(id: string) {
  return useQuery(placeQueryOptions(id));
}

/** One open place as a candidate sees it. */
export async function getOpenPlace(id: string): Promise<TPublicPlace> {
  const body = await apiClient.get(`/api/places/${encodeURIComponent(id)}`, {
    schema: ZDataOf(ZPublicPlace),
  });
  return body.data;
}

export function useOpenPlace(id: string) {
  return useQuery({ queryKey: [...placesQueryKey, 'open-detail', id], queryFn: () => getOpenPlace(id) });
}
