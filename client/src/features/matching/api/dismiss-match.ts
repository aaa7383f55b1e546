import { ZDataOf, ZMatch, type TMatch, type ZDismissMatch } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { placeMatchingKey } from './matching-keys';

export type TDismissMatchInput = z.input<typeof ZDismissMatch> & { id: string };

/** Dismiss a shortlisted candidate later; a stale `version` is refused with 409. */
export async function dismissMatch({ id, ...input }: TDismissMatchInput): Promise<TMatch> {
  const body = await apiClient.post(`/api/matches/${encodeURIComponent(id)}/dismiss`, {
    body: input,
    schema: ZDataOf(ZMatch),
  });
  return body.data;
}

export function useDismissMatch(placeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: dismissMatch,
    onSettled: () => queryClient.invalidateQueries({ queryKey: placeMatchingKey(placeId) }),
  });
}
