import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import {
  NOTIFICATION_FILTER_PARAM,
  paths,
  UNREAD_FILTER_VALUE,
  unreadNotificationsPath,
} from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { useNotifications } from '../api/get-notifications';
import { useUnreadCount } from '../api/get-unread-count';
import { useMarkAllNotificationsRead } from '../api/mark-all-notifications-read';
import { useMarkNotificationRead } from '../api/mark-notification-read';
import { NotificationItem, notificationTitleId } from '../components/notification-item';

const PAGE_SIZE = 10;

/** The "mark as read" button disappears once used; focus moves to its notification, or the page title. */
function keepFocusAfterMarking(id: string) {
  requestAnimationFrame(() => {
    const target = document.getElementById(notificationTitleId(id)) ?? document.querySelector('h1');
    target?.focus();
  });
}

export function NotificationsRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [searchParams] = useSearchParams();
  const page = usePageParam();
  const unreadOnly = searchParams.get(NOTIFICATION_FILTER_PARAM) === UNREAD_FILTER_VALUE;
  const list = useNotifications({ unreadOnly, page, limit: PAGE_SIZE });
  const unreadCount = useUnreadCount().data ?? 0;
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const mutationError = markRead.error ?? markAllRead.error;

  return (
    <>
      <PageTitle documentTitle={t('notifications.title')}>{t('notifications.title')}</PageTitle>
      <p className="utrecht-paragraph" role="status">
        {t('notifications.unreadSummary', { count: unreadCount })}
      </p>

      <div className="kp-toolbar">
        <nav aria-label={t('notifications.filterLabel')}>
          <ul className="kp-segmented">
            <li>
              <Link to={paths.notifications} aria-current={unreadOnly ? undefined : 'page'}>
                {t('notifications.filterAll')}
              </Link>
            </li>
            <li>
              <Link to={unreadNotificationsPath} aria-current={unreadOnly ? 'page' : undefined}>
                {t('notifications.filterUnread')}
              </Link>
            </li>
          </ul>
        </nav>
        {unreadCount > 0 && (
          <Button busy={markAllRead.isPending} onClick={() => markAllRead.mutate()}>
            {t('notifications.markAllRead')}
          </Button>
        )}
      </div>

      {mutationError && (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{errorMessage(mutationError)}</p>
        </Alert>
      )}
      {list.isPending && <Loading />}
      {list.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(list.error)}</p>
        </Alert>
      )}
      {list.data && list.data.data.length === 0 && (
        <p className="utrecht-paragraph">
          {unreadOnly ? t('notifications.emptyUnread') : t('notifications.empty')}
        </p>
      )}
      {list.data && list.data.data.length > 0 && (
        <>
          <ul className="kp-notification-list" aria-busy={list.isFetching}>
            {list.data.data.map((notification) => (
              <NotificationItem
                key={notification.id}
                notification={notification}
                onMarkRead={(id) => markRead.mutate(id, { onSuccess: () => keepFocusAfterMarking(id) })}
                isMarking={markRead.isPending && markRead.variables === notification.id}
              />
            ))}
          </ul>
          <Pagination page={list.data.page} />
        </>
      )}
    </>
  );
}
