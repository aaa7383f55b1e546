import { ZDataOf, ZMatch, type TMatch } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { myMatchesQueryKey } from './portal-keys';

/** "Ik heb interesse": the candidate's consultant is told; once per place (409 the second time). */
export async function expressInterest(placeId: string): Promise<TMatch> {
  const body = await apiClient.post(`/api/places/${encodeURIComponent(placeId)}/interest`, {
    schema: ZDataOf(ZMatch),
  });
  return body.data;
}

export function useExpressInterest(placeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => expressInterest(placeId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myMatchesQueryKey }),
  });
}
