import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useUsers } from '@/features/users/api/get-users';
import { searchParamsFromFilters } from '@/features/users/components/user-filter-params';

const invitedUsersPath = `${paths.users}?${searchParamsFromFilters({ q: '', role: '', status: 'invited', sort: 'name' }).toString()}`;

/** For admins: how many invited users have not set their password yet. */
export function OpenInvitations() {
  const { t } = useTranslation();
  const invited = useUsers({ status: 'invited', sort: '-createdAt', page: 1, limit: 1 });
  if (!invited.data) return null;
  const count = invited.data.page.total;

  return (
    <p className="utrecht-paragraph">
      {t('dashboard.openInvitations', { count })}{' '}
      {count > 0 && (
        <Link className="utrecht-link utrecht-link--html-a" to={invitedUsersPath}>
          {t('dashboard.viewInvitations')}
        </Link>
      )}
    </p>
  );
}
