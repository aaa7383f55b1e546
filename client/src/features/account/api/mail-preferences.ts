import {
  ZDataOf,
  ZMailPreferences,
  type TMailPreferences,
  type TUpdateMailPreferences,
} from '@kansplek/api/contract';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const mailPreferencesQueryKey = ['me', 'mail-preferences'] as const;

export const mailPreferencesQueryOptions = () =>
  queryOptions({
    queryKey: mailPreferencesQueryKey,
    queryFn: async () =>
      (await apiClient.get('/api/me/mail-preferences', { schema: ZDataOf(ZMailPreferences) })).data,
  });

export function useMailPreferences() {
  return useQuery(mailPreferencesQueryOptions());
}

export async function updateMailPreferences(changes: TUpdateMailPreferences): Promise<TMailPreferences> {
  const body = await apiClient.patch('/api/me/mail-preferences', {
    body: changes,
    schema: ZDataOf(ZMailPreferences),
  });
  return body.data;
}

export function useUpdateMailPreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMailPreferences,
    onSuccess: (preferences) => queryClient.setQueryData(mailPreferencesQueryKey, preferences),
  });
}
