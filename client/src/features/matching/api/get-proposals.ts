import { ZProposalsResult, type TProposalsResult } from '@kansplek/api/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { placeMatchingKey } from './matching-keys';

/** The best candidates for a place, with reasons. A POST because proposing is a computation, not a record. */
export async function getProposals(placeId: string, limit: number): Promise<TProposalsResult> {
  return apiClient.post(`/api/places/${encodeURIComponent(placeId)}/proposals`, {
    body: { limit },
    schema: ZProposalsResult,
  });
}

export function useProposals(placeId: string, limit: number) {
  return useQuery({
    queryKey: [...placeMatchingKey(placeId), 'proposals', limit],
    queryFn: () => getProposals(placeId, limit),
    placeholderData: keepPreviousData,
  });
}
