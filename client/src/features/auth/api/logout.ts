import { ZOk } from '@kansplek/api/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, resetCsrfToken } from '@/lib/api-client';
import { meQueryKey } from './get-me';

export async function logout(): Promise<void> {
  await apiClient.post('/api/auth/logout', { schema: ZOk });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Whatever the answer, this browser forgets the user: nothing of theirs may stay on screen.
    onSettled: () => {
      resetCsrfToken();
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
