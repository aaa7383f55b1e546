import { ZContract, ZPageOf, type TContractListQuery } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const contractsQueryKey = ['contracts'] as const;

export type ContractListParams = Partial<
  Pick<TContractListQuery, 'status' | 'municipalityId' | 'contractorId' | 'q'>
> &
  Pick<TContractListQuery, 'sort' | 'page' | 'limit'>;

export function getContracts(params: ContractListParams) {
  return apiClient.get('/api/contracts', { query: { ...params }, schema: ZPageOf(ZContract) });
}

export const contractsQueryOptions = (params: ContractListParams) =>
  queryOptions({
    queryKey: [...contractsQueryKey, 'list', params],
    queryFn: () => getContracts(params),
    placeholderData: keepPreviousData,
  });

export function useContracts(params: ContractListParams) {
  return useQuery(contractsQueryOptions(params));
}
