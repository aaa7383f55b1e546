import type { TNotification } from '@kansplek/api/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { refreshAfterNotification } from '@/lib/live-queries';
import { connectRealtime } from '@/lib/socket';
import { notificationsQueryKey } from '../api/get-notifications';
import { unreadCountQueryKey } from '../api/get-unread-count';

/**
 * Keeps the notification queries live over socket.io while a user is signed in, and returns the
 * newest notification that arrived, for a polite screen-reader announcement.
 * The socket is opened per user id, so logging out (or in as someone else) closes it.
 */
export function useLiveNotifications(userId: string): TNotification | null {
  const queryClient = useQueryClient();
  const [latest, setLatest] = useState<TNotification | null>(null);

  useEffect(() => {
    const socket = connectRealtime();
    const refreshLists = () =>
      queryClient.invalidateQueries({
        queryKey: notificationsQueryKey,
        predicate: (query) => query.queryKey[1] === 'list',
      });

    socket.on('notification:count', ({ unread }) => queryClient.setQueryData(unreadCountQueryKey, unread));
    socket.on('notification:new', (notification) => {
      setLatest(notification);
      void refreshLists();
      // Other features' data that this kind of notification makes stale (see lib/live-queries.ts).
      void refreshAfterNotification(queryClient, notification.kind);
    });
    // Events sent while the connection was down are lost; ask the API for the current state instead.
    socket.io.on('reconnect', () => {
      void queryClient.invalidateQueries({ queryKey: notificationsQueryKey });
      void refreshAfterNotification(queryClient, null);
    });

    return () => {
      socket.disconnect();
    };
  }, [userId, queryClient]);

  return latest;
}
