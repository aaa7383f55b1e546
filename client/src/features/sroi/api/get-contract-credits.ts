import { ZCredit, ZPageOf, type TCredit } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { getAllPages } from '@/lib/all-pages';
import { sroiQueryKey } from './get-contract-progress';

export function getContractCredits(contractId: string, page: number, limit: number) {
  return apiClient.get(`/api/contracts/${encodeURIComponent(contractId)}/credits`, {
    query: { page, limit, sort: 'date' },
    schema: ZPageOf(ZCredit),
  });
}

export const contractCreditsQueryOptions = (contractId: string, page: number, limit: number) =>
  queryOptions({
    queryKey: [...sroiQueryKey, 'credits', contractId, { page, limit }],
    queryFn: () => getContractCredits(contractId, page, limit),
    placeholderData: keepPreviousData,
  });

/** One page of the credits, for browsing on the contract page. */
export function useContractCredits(contractId: string, page: number, limit: number) {
  return useQuery(contractCreditsQueryOptions(contractId, page, limit));
}

/** Every credit of the contract: the accountability statement must be complete, not a first page. */
export function useAllContractCredits(contractId: string) {
  return useQuery({
    queryKey: [...sroiQueryKey, 'credits', contractId, 'all'],
    queryFn: (): Promise<TCredit[]> =>
      getAllPages((page, limit) => getContractCredits(contractId, page, limit)),
  });
}
