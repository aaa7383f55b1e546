import type { TUser } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/format';

/** The reset button of a user, to return focus to when its confirmation is cancelled. */
export const resetButtonId = (user: TUser) => `reset-second-factor-${user.id}`;

interface UsersTableProps {
  users: TUser[];
  total: number;
  currentUserId: string;
  busyUserId: string | null;
  onSetStatus: (user: TUser, status: 'active' | 'disabled') => void;
  onRenewInvitation: (user: TUser) => void;
  onResetSecondFactor: (user: TUser) => void;
}

export function UsersTable({
  users,
  total,
  currentUserId,
  busyUserId,
  onSetStatus,
  onRenewInvitation,
  onResetSecondFactor,
}: UsersTableProps) {
  const { t, i18n } = useTranslation();

  const actionFor = (user: TUser) => {
    // Admins cannot lock themselves out.
    if (user.id === currentUserId) return null;
    const busy = busyUserId === user.id;
    const hiddenName = <span className="kp-visually-hidden">: {user.name}</span>;
    if (user.status === 'active')
      return (
        <div className="utrecht-button-group">
          <Button busy={busy} onClick={() => onSetStatus(user, 'disabled')}>
            {t('users.disable')}
            {hiddenName}
          </Button>
          {user.secondFactorEnrolled && (
            <Button id={resetButtonId(user)} busy={busy} onClick={() => onResetSecondFactor(user)}>
              {t('users.resetSecondFactor')}
              {hiddenName}
            </Button>
          )}
        </div>
      );
    if (user.status === 'disabled')
      return (
        <Button busy={busy} onClick={() => onSetStatus(user, 'active')}>
          {t('users.enable')}
          {hiddenName}
        </Button>
      );
    return (
      <Button busy={busy} onClick={() => onRenewInvitation(user)}>
        {t('users.renewInvitation')}
        {hiddenName}
      </Button>
    );
  };

  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby="users-caption"
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption" id="users-caption">
          {t('users.caption', { count: total })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('fields.name')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('fields.email')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('fields.role')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('fields.organisation')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('fields.status')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('users.secondFactor')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('users.lastLogin')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('users.actions')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {users.map((user) => (
            <tr className="utrecht-table__row" key={user.id}>
              <th className="utrecht-table__header-cell" scope="row">
                {user.name}
              </th>
              <td className="utrecht-table__cell kp-break">{user.email}</td>
              <td className="utrecht-table__cell">{t(`roles.${user.role}`)}</td>
              <td className="utrecht-table__cell">{user.organisation.name}</td>
              <td className="utrecht-table__cell">
                <span className={`kp-status kp-status--${user.status}`}>
                  {t(`userStatus.${user.status}`)}
                </span>
              </td>
              <td className="utrecht-table__cell">
                {user.secondFactorEnrolled ? t('users.secondFactorOn') : t('users.secondFactorOff')}
              </td>
              <td className="utrecht-table__cell">
                {user.lastLoginAt ? formatDate(user.lastLoginAt, i18n.language) : t('users.neverLoggedIn')}
              </td>
              <td className="utrecht-table__cell">{actionFor(user)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
