import { ZDataOf, ZInvitationPreview, type TInvitationPreview } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export async function getInvitation(token: string): Promise<TInvitationPreview> {
  const body = await apiClient.get(`/api/auth/invitations/${encodeURIComponent(token)}`, {
    schema: ZDataOf(ZInvitationPreview),
  });
  return body.data;
}

export const invitationQueryOptions = (token: string) =>
  queryOptions({
    queryKey: ['invitations', token],
    queryFn: () => getInvitation(token),
    staleTime: Infinity,
  });

export function useInvitation(token: string, options: { enabled: boolean }) {
  return useQuery({ ...invitationQueryOptions(token), enabled: options.enabled });
}
