import {
  ZContract,
  ZDataOf,
  type TContract,
  type TCreateContract,
  type TUpdateContract,
} from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { contractQueryOptions } from './get-contract';
import { contractsQueryKey } from './get-contracts';

export async function createContract(input: TCreateContract): Promise<TContract> {
  const body = await apiClient.post('/api/contracts', { body: input, schema: ZDataOf(ZContract) });
  return body.data;
}

export async function updateContract({
  id,
  ...changes
}: TUpdateContract & { id: string }): Promise<TContract> {
  const body = await apiClient.patch(`/api/contracts/${encodeURIComponent(id)}`, {
    body: changes,
    schema: ZDataOf(ZContract),
  });
  return body.data;
}

/** After a save the lists are stale; the detail page gets the saved contract straight away. */
function useRefreshAfterSave() {
  const queryClient = useQueryClient();
  return (contract: TContract) => {
    queryClient.setQueryData(contractQueryOptions(contract.id).queryKey, contract);
    return queryClient.invalidateQueries({ queryKey: [...contractsQueryKey, 'list'] });
  };
}

export function useCreateContract() {
  const refresh = useRefreshAfterSave();
  return useMutation({ mutationFn: createContract, onSuccess: refresh });
}

export function useUpdateContract() {
  const queryClient = useQueryClient();
  const refresh = useRefreshAfterSave();
  return useMutation({
    mutationFn: updateContract,
    onSuccess: refresh,
    // After a conflict (stale_version) the page must show what someone else saved.
    onError: (_error, { id }) =>
      queryClient.invalidateQueries({ queryKey: contractQueryOptions(id).queryKey }),
  });
}
