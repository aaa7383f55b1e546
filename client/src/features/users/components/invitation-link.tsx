import type { TInvitation } from '@kansplek/api/contract';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { formatDateTime } from '@/lib/format';

/** The one-time link to set a password, shown once to the admin, who passes it on (there is no mail server). */
export function InvitationLink({ invitation }: { invitation: TInvitation }) {
  const { t, i18n } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');

  // The link appears after an action elsewhere on the page; bring the user to it.
  useEffect(() => headingRef.current?.focus(), [invitation]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(invitation.inviteUrl);
      setCopyState('copied');
    } catch {
      // Clipboard access can be refused; selecting the text lets the user copy it by hand.
      inputRef.current?.select();
      setCopyState('failed');
    }
  };

  return (
    <Alert type="ok">
      <h2 className="utrecht-heading-3" ref={headingRef} tabIndex={-1}>
        {t('invite.createdTitle')}
      </h2>
      <p className="utrecht-paragraph">
        {t('invite.createdBody', {
          name: invitation.user.name,
          email: invitation.user.email,
          date: formatDateTime(invitation.expiresAt, i18n.language),
        })}
      </p>
      <div className="utrecht-form-field utrecht-form-field--text">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={inputId}>
            {t('invite.linkLabel')}
          </label>
        </div>
        <div className="utrecht-form-field__input kp-copy-row">
          <input
            ref={inputRef}
            id={inputId}
            className="utrecht-textbox utrecht-textbox--html-input utrecht-textbox--read-only kp-copy-row__input"
            value={invitation.inviteUrl}
            readOnly
            onFocus={(event) => event.target.select()}
          />
          <Button appearance="primary-action" onClick={() => void copy()}>
            {t('invite.copy')}
          </Button>
        </div>
      </div>
      <p className="utrecht-paragraph" role="status">
        {copyState === 'copied' && t('invite.copied')}
        {copyState === 'failed' && t('invite.copyFailed')}
      </p>
    </Alert>
  );
}
