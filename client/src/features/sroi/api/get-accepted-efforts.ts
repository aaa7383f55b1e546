import { ZEffort, ZPageOf, type TEffort } from '@kansplek/api/contract';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getAllPages } from '@/lib/all-pages';
import { sroiQueryKey } from './get-contract-progress';

/** The accepted efforts of a contract, every page, with the evidence the statement names. */
export function getAcceptedEfforts(contractId: string): Promise<TEffort[]> {
  return getAllPages((page, limit) =>
    apiClient.get('/api/efforts', {
      query: { contractId, status: 'accepted', sort: 'date', page, limit },
      schema: ZPageOf(ZEffort),
    }),
  );
}

export function useAcceptedEfforts(contractId: string) {
  return useQuery({
    queryKey: [...sroiQueryKey, 'efforts', contractId, 'accepted'],
    queryFn: () => getAcceptedEfforts(contractId),
  });
}
