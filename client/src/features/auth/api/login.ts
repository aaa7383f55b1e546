import { ZDataOf, ZMe, type TLogin, type TMe } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { startSession } from './start-session';

export async function login(credentials: TLogin): Promise<TMe> {
  const body = await apiClient.post('/api/auth/login', { body: credentials, schema: ZDataOf(ZMe) });
  return body.data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => startSession(queryClient, me),
  });
}
