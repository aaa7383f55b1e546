import {
  ZCandidate,
  ZDataOf,
  type TCandidate,
  type TCreateCandidate,
  type TUpdateCandidate,
} from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { candidateQueryKey } from './get-candidate';
import { candidatesQueryKey } from './get-candidates';

export async function createCandidate(input: TCreateCandidate): Promise<TCandidate> {
  const body = await apiClient.post('/api/candidates', { body: input, schema: ZDataOf(ZCandidate) });
  return body.data;
}

export async function updateCandidate({
  id,
  ...changes
}: TUpdateCandidate & { id: string }): Promise<TCandidate> {
  const body = await apiClient.patch(`/api/candidates/${encodeURIComponent(id)}`, {
    body: changes,
    schema: ZDataOf(ZCandidate),
  });
  return body.data;
}

/** After a save the list is stale; the detail is what the server just answered. */
function useStoreCandidate() {
  const queryClient = useQueryClient();
  return (candidate: TCandidate) => {
    queryClient.setQueryData(candidateQueryKey(candidate.id), candidate);
    void queryClient.invalidateQueries({ queryKey: [...candidatesQueryKey, 'list'] });
  };
}

export function useCreateCandidate() {
  const store = useStoreCandidate();
  return useMutation({ mutationFn: createCandidate, onSuccess: store });
}

export function useUpdateCandidate() {
  const store = useStoreCandidate();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCandidate,
    onSuccess: store,
    // After a conflict (stale_version) the form keeps what was typed and gets the version saved meanwhile.
    onError: (_error, { id }) => queryClient.invalidateQueries({ queryKey: candidateQueryKey(id) }),
  });
}
