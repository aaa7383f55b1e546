import { ZDataOf, ZPlace, type TConfirmDisplacement, type TPlace } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

/** A consultant confirms that a place at a contractor with a displacement flag is additional work. */
export async function confirmDisplacement(placeId: string, input: TConfirmDisplacement): Promise<TPlace> {
  const body = await apiClient.post(`/api/places/${encodeURIComponent(placeId)}/displacement-confirmation`, {
    body: input,
    schema: ZDataOf(ZPlace),
  });
  return body.data;
}

export function useConfirmDisplacement(placeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TConfirmDisplacement) => confirmDisplacement(placeId, input),
    // The place (owned by the places feature) and its proposals both change: everything on the page is read again.
    onSettled: () => queryClient.invalidateQueries(),
  });
}
