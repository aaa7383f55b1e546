import { ZDataOf, ZUnreadCount } from '@kansplek/api/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { notificationsQueryKey } from './get-notifications';

export const unreadCountQueryKey = [...notificationsQueryKey, 'unread-count'] as const;

export async function getUnreadCount(): Promise<number> {
  const body = await apiClient.get('/api/notifications/unread-count', { schema: ZDataOf(ZUnreadCount) });
  return body.data.unread;
}

export const unreadCountQueryOptions = () =>
  queryOptions({ queryKey: unreadCountQueryKey, queryFn: getUnreadCount });

export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}
