import { z } from 'zod';
import { ZObjectId, ZPageQuery } from './common';

export const NOTIFICATION_KINDS = ['account_activated', 'system'] as const;
export const ZNotificationKind = z.enum(NOTIFICATION_KINDS);
export type TNotificationKind = z.infer<typeof ZNotificationKind>;

export const ZNotification = z
  .object({
    id: ZObjectId,
    kind: ZNotificationKind,
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    readAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Notification' });
export type TNotification = z.infer<typeof ZNotification>;

export const ZNotificationListQuery = ZPageQuery.extend({
  unread: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TNotificationListQuery = z.infer<typeof ZNotificationListQuery>;

export const ZUnreadCount = z.object({ unread: z.number().int().min(0) });
export type TUnreadCount = z.infer<typeof ZUnreadCount>;
