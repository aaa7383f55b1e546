import { ZContract, ZDataOf, type TContract } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { contractsQueryKey } from './get-contracts';

export async function getContract(id: string): Promise<TContract> {
  const body = await apiClient.get(`/api/contracts/${encodeURIComponent(id)}`, {
    schema: ZDataOf(ZContract),
  });
  return body.data;
}

export const contractQueryOptions = (id: string) =>
  queryOptions({ queryKey: [...contractsQueryKey, 'detail', id], queryFn: () => getContract(id) });

export function useContract(id: string) {
  return useQuery(contractQueryOptions(id));
}
