import { ZDataOf, ZMe, type TMe, type TSecondFactorCode } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { startSession } from './start-session';

export async function verifySecondFactor(input: TSecondFactorCode): Promise<TMe> {
  const body = await apiClient.post('/api/auth/second-factor', { body: input, schema: ZDataOf(ZMe) });
  return body.data;
}

/** The second step of signing in: a code from the app, or a recovery code. */
export function useVerifySecondFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifySecondFactor,
    onSuccess: (me) => startSession(queryClient, me),
  });
}
