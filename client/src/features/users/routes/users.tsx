import type { TInvitation, TUser } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { Pagination } from '@/components/ui/pagination';
import { paths } from '@/config/paths';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { usePageParam } from '@/hooks/use-page-param';
import { useUsers } from '../api/get-users';
import { useRenewInvitation } from '../api/renew-invitation';
import { useResetSecondFactor } from '../api/reset-second-factor';
import { useUpdateUser } from '../api/update-user';
import { InvitationLink } from '../components/invitation-link';
import { ResetSecondFactorConfirmation } from '../components/reset-second-factor-confirmation';
import {
  filtersFromSearchParams,
  listParamsFromFilters,
  searchParamsFromFilters,
} from '../components/user-filter-params';
import { UserFilters } from '../components/user-filters';
import { resetButtonId, UsersTable } from '../components/users-table';

const PAGE_SIZE = 20;

type ActionResult =
  | {
      kind: 'message';
      messageKey: 'users.disabledMessage' | 'users.enabledMessage' | 'users.secondFactorResetMessage';
      name: string;
    }
  | { kind: 'error'; error: unknown }
  | { kind: 'invitation'; invitation: TInvitation };

export function UsersRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [searchParams, setSearchParams] = useSearchParams();
  const page = usePageParam();
  const filters = filtersFromSearchParams(searchParams);
  const users = useUsers(listParamsFromFilters(filters, page, PAGE_SIZE));
  const updateUser = useUpdateUser();
  const renewInvitation = useRenewInvitation();
  const resetSecondFactor = useResetSecondFactor();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [confirmingReset, setConfirmingReset] = useState<TUser | null>(null);
  const busyUserId =
    (updateUser.isPending && updateUser.variables.id) ||
    (renewInvitation.isPending && renewInvitation.variables) ||
    (resetSecondFactor.isPending && resetSecondFactor.variables) ||
    null;

  const setStatus = (user: TUser, status: 'active' | 'disabled') => {
    setResult(null);
    updateUser.mutate(
      { id: user.id, version: user.version, status },
      {
        onSuccess: (updated) =>
          setResult({
            kind: 'message',
            // Translated when shown, so a language switch afterwards also switches the message.
            messageKey: status === 'disabled' ? 'users.disabledMessage' : 'users.enabledMessage',
            name: updated.name,
          }),
        onError: (error) => setResult({ kind: 'error', error }),
      },
    );
  };

  const renew = (user: TUser) => {
    setResult(null);
    renewInvitation.mutate(user.id, {
      onSuccess: (invitation) => setResult({ kind: 'invitation', invitation }),
      onError: (error) => setResult({ kind: 'error', error }),
    });
  };

  const reset = (user: TUser) => {
    setResult(null);
    resetSecondFactor.mutate(user.id, {
      onSuccess: (updated) =>
        setResult({ kind: 'message', messageKey: 'users.secondFactorResetMessage', name: updated.name }),
      onError: (error) => setResult({ kind: 'error', error }),
      onSettled: () => setConfirmingReset(null),
    });
  };

  const cancelReset = (user: TUser) => {
    setConfirmingReset(null);
    // Back to the button that asked, so keyboard users continue where they were.
    requestAnimationFrame(() => document.getElementById(resetButtonId(user))?.focus());
  };

  return (
    <>
      <PageTitle documentTitle={t('users.title')}>{t('users.title')}</PageTitle>
      <p className="utrecht-paragraph">
        <ButtonLink to={paths.inviteUser} appearance="primary-action">
          {t('users.invite')}
        </ButtonLink>
      </p>

      <UserFilters
        key={searchParams.toString()}
        value={filters}
        onApply={(next) => setSearchParams(searchParamsFromFilters(next))}
        onClear={() => setSearchParams(new URLSearchParams())}
      />

      <div aria-live="polite">
        {result?.kind === 'message' && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{t(result.messageKey, { name: result.name })}</p>
          </Alert>
        )}
        {result?.kind === 'error' && (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(result.error)}</p>
          </Alert>
        )}
        {result?.kind === 'invitation' && <InvitationLink invitation={result.invitation} />}
        {confirmingReset && (
          <ResetSecondFactorConfirmation
            user={confirmingReset}
            busy={resetSecondFactor.isPending}
            onConfirm={() => reset(confirmingReset)}
            onCancel={() => cancelReset(confirmingReset)}
          />
        )}
      </div>

      {users.isPending && <Loading />}
      {users.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(users.error)}</p>
        </Alert>
      )}
      {users.data && users.data.data.length === 0 && <p className="utrecht-paragraph">{t('users.empty')}</p>}
      {users.data && users.data.data.length > 0 && (
        <>
          <UsersTable
            users={users.data.data}
            total={users.data.page.total}
            currentUserId={me.id}
            busyUserId={busyUserId}
            onSetStatus={setStatus}
            onRenewInvitation={renew}
            onResetSecondFactor={setConfirmingReset}
          />
          <Pagination page={users.data.page} />
        </>
      )}
    </>
  );
}
