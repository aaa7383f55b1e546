import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/ui/loading';
import { paths } from '@/config/paths';
import { useDisclosure } from '@/hooks/use-disclosure';
import { formatDateTime } from '@/lib/format';
import { useNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { BellIcon } from './bell-icon';
import { useLiveNotifications } from './use-live-notifications';

const LATEST_COUNT = 5;

/** Header bell: live unread count, the latest few notifications, and a link to all of them. */
export function NotificationBell({ userId }: { userId: string }) {
  const { t, i18n } = useTranslation();
  const disclosure = useDisclosure();
  const unread = useUnreadCount();
  const latest = useNotifications(
    { unreadOnly: false, page: 1, limit: LATEST_COUNT },
    { enabled: disclosure.isOpen },
  );
  const arrived = useLiveNotifications(userId);
  const unreadCount = unread.data ?? 0;

  return (
    <div className="kp-disclosure kp-bell" ref={disclosure.containerRef}>
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle kp-header-button"
        {...disclosure.buttonProps}
      >
        <BellIcon />
        <span>{t('notifications.bell')}</span>
        {unreadCount > 0 && (
          <span className="utrecht-number-badge kp-badge" data-testid="unread-count">
            {unreadCount}
            <span className="kp-visually-hidden">
              {' '}
              {t('notifications.unreadSuffix', { count: unreadCount })}
            </span>
          </span>
        )}
      </button>
      <div className="kp-popover" {...disclosure.panelProps}>
        <p className="kp-popover__title" id="kp-bell-latest">
          {t('notifications.latest')}
        </p>
        {latest.isPending && <Loading />}
        {latest.data && latest.data.data.length === 0 && (
          <p className="utrecht-paragraph">{t('notifications.empty')}</p>
        )}
        {latest.data && latest.data.data.length > 0 && (
          <ul className="kp-popover__list" aria-labelledby="kp-bell-latest">
            {latest.data.data.map((notification) => (
              <li key={notification.id} className="kp-popover__item">
                <span className="kp-popover__item-title">
                  {!notification.readAt && <span className="kp-tag">{t('notifications.new')}</span>}
                  {notification.title}
                </span>
                <span className="kp-muted">{formatDateTime(notification.createdAt, i18n.language)}</span>
              </li>
            ))}
          </ul>
        )}
        <Link className="utrecht-link utrecht-link--html-a" to={paths.notifications}>
          {t('notifications.viewAll')}
        </Link>
      </div>
      <div className="kp-visually-hidden" aria-live="polite" aria-atomic="true">
        {arrived ? t('notifications.arrived', { title: arrived.title }) : ''}
      </div>
    </div>
  );
}
