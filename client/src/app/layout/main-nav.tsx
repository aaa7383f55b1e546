import type { TRole } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { navItemsFor } from '@/config/navigation';

/** The role's navigation, from the one list in config/navigation.ts. */
export function MainNav({ role }: { role: TRole }) {
  const { t } = useTranslation();
  return (
    <nav className="utrecht-nav-bar kp-nav" aria-label={t('nav.label')}>
      <div className="utrecht-nav-bar__content">
        <ul className="utrecht-nav-list">
          {navItemsFor(role).map((item) => (
            <li className="utrecht-nav-list__item" key={item.id}>
              <NavLink className="utrecht-nav-list__link kp-nav__link" to={item.path} end={item.end}>
                {t(item.labelKey)}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
