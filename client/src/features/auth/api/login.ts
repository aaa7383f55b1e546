import { ZDataOf, ZSignInResult, type TLogin, type TSignInResult } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, resetCsrfToken } from '@/lib/api-client';
import { isSignedIn } from './sign-in-result';
import { startSession } from './start-session';

export async function login(credentials: TLogin): Promise<TSignInResult> {
  const body = await apiClient.post('/api/auth/login', { body: credentials, schema: ZDataOf(ZSignInResult) });
  return body.data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // A second step to come also means a new (half-signed) session, with a CSRF token of its own.
    onSuccess: (result) => (isSignedIn(result) ? startSession(queryClient, result) : resetCsrfToken()),
  });
}
