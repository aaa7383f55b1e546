import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { paths } from '@/config/paths';
import { LanguageSwitch } from '@/features/account/components/language-switch';
import { useMe } from '@/features/auth/api/get-me';
import { UserMenu } from '@/features/auth/components/user-menu';
import { NotificationBell } from '@/features/notifications/components/notification-bell';
import { MainNav } from './main-nav';

/**
 * The frame of every page: skip link, header, the role's navigation when signed in, main and footer.
 * Pages render into `<main>`; the role decides the navigation (see config/navigation.ts).
 */
export function AppShell() {
  const { t } = useTranslation();
  const me = useMe().data ?? null;

  return (
    <div
      className="utrecht-page-layout utrecht-document utrecht-document--surface kp-layout"
      data-role={me?.role ?? 'guest'}
    >
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#main">
        {t('skipLink')}
      </a>
      <header className="utrecht-page-header kp-header">
        <div className="utrecht-page-header__content kp-header__content">
          <Link className="kp-brand" to={paths.home}>
            <span className="kp-brand__mark" aria-hidden="true">
              K
            </span>
            <span className="kp-brand__text">
              <span className="kp-brand__name">{t('app.name')}</span>
              <span className="kp-brand__tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <div className="kp-header__tools">
            <LanguageSwitch signedIn={me !== null} />
            {me && <NotificationBell userId={me.id} />}
            {me && <UserMenu me={me} />}
          </div>
        </div>
      </header>
      {me && <MainNav role={me.role} />}
      <main className="utrecht-page-body kp-main" id="main" tabIndex={-1}>
        <div className="utrecht-page-body__content kp-main__content">
          <Outlet />
        </div>
      </main>
      <footer className="utrecht-page-footer kp-footer">
        <div className="utrecht-page-footer__content">
          <p className="utrecht-paragraph">{t('footer.about')}</p>
          <p className="utrecht-paragraph">
            <Link className="utrecht-link" to={paths.algorithmRegister}>
              {t('footer.algorithmRegister')}
            </Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
