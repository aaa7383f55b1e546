import { ZContractProgress, ZDataOf, type TContractProgress } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const sroiQueryKey = ['sroi'] as const;

export async function getContractProgress(contractId: string): Promise<TContractProgress> {
  const body = await apiClient.get(`/api/contracts/${encodeURIComponent(contractId)}/progress`, {
    schema: ZDataOf(ZContractProgress),
  });
  return body.data;
}

export const contractProgressQueryOptions = (contractId: string) =>
  queryOptions({
    queryKey: [...sroiQueryKey, 'progress', contractId],
    queryFn: () => getContractProgress(contractId),
  });

export function useContractProgress(contractId: string) {
  return useQuery(contractProgressQueryOptions(contractId));
}
