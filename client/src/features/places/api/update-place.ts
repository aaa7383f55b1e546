import { ZDataOf, ZPlace, type TPlace, type TUpdatePlace } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { placesQueryKey } from './get-places';

export async function updatePlace({ id, ...changes }: TUpdatePlace & { id: string }): Promise<TPlace> {
  const body = await apiClient.patch(`/api/places/${encodeURIComponent(id)}`, {
    body: changes,
    schema: ZDataOf(ZPlace),
  });
  return body.data;
}

export function useUpdatePlace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlace,
    // Also after a conflict (stale_version): the page must show the version someone else saved.
    onSettled: () => queryClient.invalidateQueries({ queryKey: placesQueryKey }),
  });
}
