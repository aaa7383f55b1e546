import type { TNotification } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format';

interface NotificationItemProps {
  notification: TNotification;
  onMarkRead: (id: string) => void;
  isMarking: boolean;
}

export const notificationTitleId = (id: string) => `notification-${id}`;

/** One notification; read state is said in words, not only shown by colour or weight. */
export function NotificationItem({ notification, onMarkRead, isMarking }: NotificationItemProps) {
  const { t, i18n } = useTranslation();
  const isUnread = !notification.readAt;
  const isInternalLink = notification.link?.startsWith('/') && !notification.link.startsWith('//');

  return (
    <li className={`kp-notification${isUnread ? ' kp-notification--unread' : ''}`}>
      <div className="kp-notification__header">
        <h2
          className="utrecht-heading-3 kp-notification__title"
          id={notificationTitleId(notification.id)}
          tabIndex={-1}
        >
          {notification.title}
        </h2>
        <span className={`kp-tag${isUnread ? '' : ' kp-tag--muted'}`}>
          {isUnread ? t('notifications.unread') : t('notifications.read')}
        </span>
      </div>
      <p className="utrecht-paragraph">{notification.body}</p>
      <p className="utrecht-paragraph utrecht-paragraph--small kp-muted">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt, i18n.language)}</time>
      </p>
      <div className="utrecht-button-group kp-inline-actions">
        {isInternalLink && notification.link && (
          <Link className="utrecht-link utrecht-link--html-a" to={notification.link}>
            {t('notifications.open')}
            <span className="kp-visually-hidden">: {notification.title}</span>
          </Link>
        )}
        {isUnread && (
          <Button appearance="secondary-action" busy={isMarking} onClick={() => onMarkRead(notification.id)}>
            {t('notifications.markRead')}
            <span className="kp-visually-hidden">: {notification.title}</span>
          </Button>
        )}
      </div>
    </li>
  );
}
