import { ZContract, ZDataOf, type TContract, type TContractAction } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { contractQueryOptions } from './get-contract';
import { contractsQueryKey } from './get-contracts';

export interface ContractTransition {
  id: string;
  action: TContractAction;
  /** The version the consultant saw, so a second click or a colleague's change cannot also apply. */
  version: number;
}

export async function transitionContract({ id, action, version }: ContractTransition): Promise<TContract> {
  const body = await apiClient.post(`/api/contracts/${encodeURIComponent(id)}/${action}`, {
    body: { version },
    schema: ZDataOf(ZContract),
  });
  return body.data;
}

export function useTransitionContract() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transitionContract,
    onSuccess: (contract) => queryClient.setQueryData(contractQueryOptions(contract.id).queryKey, contract),
    // Refused or not, the status may have moved meanwhile: show the current one.
    onSettled: (_data, _error, { id }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contractQueryOptions(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: [...contractsQueryKey, 'list'] }),
      ]),
  });
}
