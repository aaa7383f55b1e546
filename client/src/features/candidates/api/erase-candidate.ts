import { ZOk } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { candidateQueryKey } from './get-candidate';
import { candidatesQueryKey } from './get-candidates';

/** Erases the person's data for good; only an anonymised record stays for statistics. */
export async function eraseCandidate({ id, version }: { id: string; version: number }): Promise<void> {
  await apiClient.delete(`/api/candidates/${encodeURIComponent(id)}`, { body: { version }, schema: ZOk });
}

export function useEraseCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: eraseCandidate,
    onSuccess: (_data, { id }) => {
      queryClient.removeQueries({ queryKey: candidateQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: [...candidatesQueryKey, 'list'] });
    },
  });
}
