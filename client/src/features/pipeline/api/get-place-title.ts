import { ZDataOf, ZObjectId } from '@kansplek/api/contract';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

// A match names its place by id only; every role's view of a place (full or public) has its title.
const ZPlaceTitle = z.object({ id: ZObjectId, title: z.string() });

export async function getPlaceTitle(id: string): Promise<string> {
  const body = await apiClient.get(`/api/places/${encodeURIComponent(id)}`, { schema: ZDataOf(ZPlaceTitle) });
  return body.data.title;
}

/** The title of a match's place; several cards of one place share one request. */
export function usePlaceTitle(id: string) {
  return useQuery({
    queryKey: ['places', 'title', id],
    queryFn: () => getPlaceTitle(id),
    staleTime: 5 * 60_000,
    retry: false,
  });
}
