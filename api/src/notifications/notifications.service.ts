import { findByIdMatching } from '../database/find-by-id';
import { updateDocument } from '../database/document-lock';
import type { TNotification, TNotificationKind, TNotificationListQuery, TPageInfo } from '../contract';
import { notFound } from '../http/app-error';
import { paginate } from '../http/pagination';
import { emit, isListening } from '../realtime/emit';
import { UserModel } from '../users/users.model';
import { mailNotification, type MailRecipient, type NotificationMailExtras } from './notification-mail';
import { renderNotification } from './notification-messages';
import { NotificationModel, type NotificationDoc } from './notifications.model';
import { presentNotification } from './notifications.presenter';

export interface NotificationInput extends NotificationMailExtras {
  kind: TNotificationKind;
  params: Record<string, string>;
  link?: string;
}

export async function unreadCount(userId: string): Promise<number> {
  return NotificationModel.countDocuments({ userId, readAt: null });
}

/** The user's unread count to their open pages; counted only when one is connected (see isListening). */
async function pushUnreadCount(userId: string): Promise<void> {
  if (await isListening({ userId }))
    emit({ userId }, 'notification:count', { unread: await unreadCount(userId) });
}

/**
 * Stores the notification, then pushes it and the new unread count to the user's room, and mails it as
 * the user chose for its topic (the same text: a mail shows no more than the bell).
 */
export async function notifyUser(
  userId: string,
  input: NotificationInput,
): Promise<TNotification | undefined> {
  const user = await UserModel.findById(userId)
    .select({ locale: 1, email: 1, role: 1, status: 1, mailPreferences: 1 })
    .lean<MailRecipient>();
  if (!user) return undefined;
  const { title, body } = renderNotification(input.kind, user.locale ?? 'nl', input.params);
  const created = await NotificationModel.create({
    userId,
    kind: input.kind,
    title,
    body,
    link: input.link ?? null,
  });
  const notification = presentNotification(created.toObject() as NotificationDoc);
  emit({ userId }, 'notification:new', notification);
  await pushUnreadCount(userId);
  await mailNotification(user, notification, input);
  return notification;
}

export async function listNotifications(
  userId: string,
  query: TNotificationListQuery,
): Promise<{ data: TNotification[]; page: TPageInfo }> {
  const filter =
    query.unread === undefined ? { userId } : { userId, readAt: query.unread ? null : { $ne: null } };
  const { items, page } = await paginate(NotificationModel, filter, { ...query, sort: '-createdAt' });
  return { data: (items as NotificationDoc[]).map(presentNotification), page };
}

export async function markNotificationRead(userId: string, notificationId: string): Promise<TNotification> {
  // The userId in the filter keeps one user from touching another's notifications.
  const updated =
    (await updateDocument(
      NotificationModel,
      { _id: notificationId, userId, readAt: null },
      { $set: { readAt: new Date() } },
    )) ?? (await findByIdMatching(NotificationModel, notificationId, { userId }));
  if (!updated) throw notFound('Notification');
  await pushUnreadCount(userId);
  return presentNotification(updated);
}

export async function markAllNotificationsRead(userId: string): Promise<{ unread: number }> {
  await NotificationModel.updateMany({ userId, readAt: null }, { $set: { readAt: new Date() } });
  emit({ userId }, 'notification:count', { unread: 0 });
  return { unread: 0 };
}
