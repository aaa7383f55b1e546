import {
  ZDataOf,
  ZIdParams,
  ZNotification,
  ZNotificationListQuery,
  ZPageOf,
  ZUnreadCount,
} from '../contract';
import { defineRoute } from '../http/define-route';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
  unreadCount,
} from './notifications.service';

const tags = ['notifications'];

export function notificationsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/notifications',
      summary: 'Your notifications, newest first',
      tags,
      access: 'signed_in',
      query: ZNotificationListQuery,
      response: ZPageOf(ZNotification),
      handler: ({ user, query }) => listNotifications(user.id, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/notifications/unread-count',
      summary: 'How many of your notifications are unread',
      tags,
      access: 'signed_in',
      response: ZDataOf(ZUnreadCount),
      handler: async ({ user }) => ({ data: { unread: await unreadCount(user.id) } }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/notifications/read-all',
      summary: 'Mark all your notifications read',
      tags,
      access: 'signed_in',
      response: ZDataOf(ZUnreadCount),
      handler: async ({ user }) => ({ data: await markAllNotificationsRead(user.id) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/notifications/:id/read',
      summary: 'Mark one of your notifications read',
      tags,
      access: 'signed_in',
      params: ZIdParams,
      response: ZDataOf(ZNotification),
      handler: async ({ user, params }) => ({ data: await markNotificationRead(user.id, params.id) }),
    }),
  ];
}
