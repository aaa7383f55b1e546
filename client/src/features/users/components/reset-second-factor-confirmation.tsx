import type { TUser } from '@kansplek/api/contract';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

interface Props {
  user: TUser;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a user's second factor is removed (they must set up a new one at their next sign-in). */
export function ResetSecondFactorConfirmation({ user, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The question appears above the table; take the user to it.
  useEffect(() => headingRef.current?.focus(), [user.id]);

  return (
    <Alert type="warning">
      <h2 className="utrecht-heading-3" ref={headingRef} tabIndex={-1}>
        {t('users.resetSecondFactor')}
      </h2>
      <p className="utrecht-paragraph">{t('users.resetSecondFactorConfirm', { name: user.name })}</p>
      <div className="utrecht-button-group">
        <Button appearance="primary-action" busy={busy} onClick={onConfirm}>
          {t('users.resetSecondFactor')}
        </Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </Alert>
  );
}
