import { ZAlgorithmRegisterEntry, ZDataOf, type TAlgorithmRegisterEntry } from '@kansplek/api/contract';
import { useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const ALGORITHM_REGISTER_URL = '/api/algorithm-register';

export async function getAlgorithmRegister(): Promise<TAlgorithmRegisterEntry> {
  const body = await apiClient.get(ALGORITHM_REGISTER_URL, { schema: ZDataOf(ZAlgorithmRegisterEntry) });
  return body.data;
}

export function useAlgorithmRegister() {
  return useQuery({ queryKey: ['algorithm-register'], queryFn: getAlgorithmRegister });
}
