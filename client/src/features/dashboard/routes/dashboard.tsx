import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { unreadNotificationsPath } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { OwnRecommendations } from '@/features/matching/components/own-recommendations';
import { useUnreadCount } from '@/features/notifications/api/get-unread-count';
import { PortalStart } from '@/features/portal/components/portal-start';
import { ContractsProgressOverview } from '@/features/reports/components/contracts-progress-overview';
import { OpenInvitations } from '../components/open-invitations';
import { QuickLinks } from '../components/quick-links';

/** The home page; what it says and offers depends on the role. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const unread = useUnreadCount();

  return (
    <>
      <p className="utrecht-pre-heading kp-pre-heading">
        {t(`roles.${me.role}`)} · {me.organisation.name}
      </p>
      <PageTitle documentTitle={t('nav.home')}>{t('dashboard.welcome', { name: me.name })}</PageTitle>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t(`dashboard.intro.${me.role}`)}</p>

      {me.role === 'candidate' && <PortalStart />}
      {me.role === 'candidate' && <OwnRecommendations />}
      {(me.role === 'contractor' || me.role === 'municipality') && <ContractsProgressOverview />}

      <section aria-labelledby="dashboard-tasks">
        <h2 className="utrecht-heading-2" id="dashboard-tasks">
          {t('dashboard.tasksTitle')}
        </h2>
        <QuickLinks role={me.role} />
      </section>

      <section aria-labelledby="dashboard-status">
        <h2 className="utrecht-heading-2" id="dashboard-status">
          {t('dashboard.statusTitle')}
        </h2>
        {unread.data !== undefined && (
          <p className="utrecht-paragraph">
            {t('notifications.unreadSummary', { count: unread.data })}{' '}
            {unread.data > 0 && (
              <Link className="utrecht-link utrecht-link--html-a" to={unreadNotificationsPath}>
                {t('dashboard.readNotifications')}
              </Link>
            )}
          </p>
        )}
        {me.role === 'admin' && <OpenInvitations />}
      </section>
    </>
  );
}
