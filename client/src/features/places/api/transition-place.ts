import { ZDataOf, ZPlace, type TPlace, type TPlaceTransition } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { placesQueryKey } from './get-places';

/** Publish, pause, resume, fill or close: the server decides whether the move is allowed. */
export async function transitionPlace({ id, ...move }: TPlaceTransition & { id: string }): Promise<TPlace> {
  const body = await apiClient.post(`/api/places/${encodeURIComponent(id)}/transitions`, {
    body: move,
    schema: ZDataOf(ZPlace),
  });
  return body.data;
}

export function useTransitionPlace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionPlace,
    onSettled: () => queryClient.invalidateQueries({ queryKey: placesQueryKey }),
  });
}
