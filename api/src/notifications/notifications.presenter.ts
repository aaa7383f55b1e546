import type { TNotification } from '../contract';
import type { NotificationDoc } from './notifications.model';

export function presentNotification(n: NotificationDoc): TNotification {
  return {
    id: String(n._id),
    kind: n.kind,
    title: n.title,
    body: n.body,
    link: n.link ?? null,
    readAt: n.readAt ? n.readAt.toISOString() : null,
    createdAt: n.createdAt.toISOString(),
  };
}
