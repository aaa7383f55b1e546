import type { TRole } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navItemsFor } from '@/config/navigation';

/**
 * The role's pages as large tiles ("top tasks"), from the same list as the navigation.
 * A tile's one-line explanation (`dashboard.tasks.<item>`) is optional, so a new page needs only its nav entry.
 */
export function QuickLinks({ role }: { role: TRole }) {
  const { t, i18n } = useTranslation();
  const items = navItemsFor(role).filter((item) => item.id !== 'home');

  return (
    <ul className="kp-toptasks">
      {items.map((item) => (
        <li key={item.id}>
          <Link className="kp-toptask" to={item.path}>
            <span className="kp-toptask__title">{t(item.labelKey)}</span>
            {i18n.exists(`dashboard.tasks.${item.id}`) && (
              <span className="kp-toptask__description">{t(`dashboard.tasks.${item.id}`)}</span>
            )}
          </Link>
        </li>
      ))}
    </ul>
  );
}
