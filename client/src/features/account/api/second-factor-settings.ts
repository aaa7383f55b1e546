import { ZDataOf, ZMe, ZRecoveryCodes, type TMe, type TRecoveryCodes } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { meQueryKey } from '@/features/auth/api/get-me';
import { apiClient } from '@/lib/api-client';

export async function renewRecoveryCodes(code: string): Promise<TRecoveryCodes> {
  const body = await apiClient.post('/api/me/second-factor/recovery-codes', {
    body: { code },
    schema: ZDataOf(ZRecoveryCodes),
  });
  return body.data;
}

export function useRenewRecoveryCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: renewRecoveryCodes,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export async function turnOffSecondFactor(code: string): Promise<TMe> {
  const body = await apiClient.delete('/api/me/second-factor', { body: { code }, schema: ZDataOf(ZMe) });
  return body.data;
}

export function useTurnOffSecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: turnOffSecondFactor,
    onSuccess: (me) => queryClient.setQueryData(meQueryKey, me),
  });
}
