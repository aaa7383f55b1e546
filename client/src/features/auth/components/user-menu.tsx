import type { TMe } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { paths } from '@/config/paths';
import { useDisclosure } from '@/hooks/use-disclosure';
import { useLogout } from '../api/logout';

/** The signed-in user's name; opens to show role and organisation, the account page and logging out. */
export function UserMenu({ me }: { me: TMe }) {
  const { t } = useTranslation();
  const disclosure = useDisclosure();
  const logout = useLogout();
  const navigate = useNavigate();

  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => navigate(paths.login, { replace: true }) });

  return (
    <div className="kp-disclosure" ref={disclosure.containerRef}>
      <button
        type="button"
        className="utrecht-button utrecht-button--subtle kp-header-button"
        {...disclosure.buttonProps}
      >
        <span className="kp-visually-hidden">{t('userMenu.label')}: </span>
        {me.name}
        <span className="kp-chevron" aria-hidden="true" />
      </button>
      <div className="kp-popover kp-popover--menu" {...disclosure.panelProps}>
        <p className="kp-popover__title">{me.name}</p>
        <p className="utrecht-paragraph utrecht-paragraph--small kp-muted">
          {t(`roles.${me.role}`)} · {me.organisation.name}
        </p>
        <ul className="kp-popover__list">
          <li>
            <Link className="utrecht-link utrecht-link--html-a" to={paths.account}>
              {t('nav.account')}
            </Link>
          </li>
        </ul>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={signOut}>
          {t('userMenu.logout')}
        </button>
      </div>
    </div>
  );
}
