import { ZNotification, ZPageOf } from '@kansplek/api/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';

export const notificationsQueryKey = ['notifications'] as const;

export interface NotificationListParams {
  unreadOnly: boolean;
  page: number;
  limit: number;
}

export function getNotifications({ unreadOnly, page, limit }: NotificationListParams) {
  return apiClient.get('/api/notifications', {
    query: { unread: unreadOnly ? 'true' : undefined, page, limit },
    schema: ZPageOf(ZNotification),
  });
}

export const notificationsQueryOptions = (params: NotificationListParams) =>
  queryOptions({
    queryKey: [...notificationsQueryKey, 'list', params],
    queryFn: () => getNotifications(params),
    placeholderData: keepPreviousData,
  });

export function useNotifications(params: NotificationListParams, options: { enabled?: boolean } = {}) {
  return useQuery({ ...notificationsQueryOptions(params), enabled: options.enabled ?? true });
}
