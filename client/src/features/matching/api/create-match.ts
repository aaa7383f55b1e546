import { ZDataOf, ZMatch, type TMatch, type ZCreateMatch } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { placeMatchingKey } from './matching-keys';

/** The body as sent; the contract's defaults (source, note) are filled in by the API. */
export type TCreateMatchInput = z.input<typeof ZCreateMatch>;

/** Shortlist or dismiss a proposal, or shortlist a candidate added by hand. */
export async function createMatch(placeId: string, input: TCreateMatchInput): Promise<TMatch> {
  const body = await apiClient.post(`/api/places/${encodeURIComponent(placeId)}/matches`, {
    body: input,
    schema: ZDataOf(ZMatch),
  });
  return body.data;
}

export function useCreateMatch(placeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TCreateMatchInput) => createMatch(placeId, input),
    onSettled: () => queryClient.invalidateQueries({ queryKey: placeMatchingKey(placeId) }),
  });
}
