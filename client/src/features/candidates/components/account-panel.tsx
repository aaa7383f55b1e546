import type { TCandidate, TInvitation } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { InvitationLink } from '@/features/users/components/invitation-link';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useCreateCandidateAccount } from '../api/create-candidate-account';

/** An account lets the candidate keep their own preferences and consents; the link is shown once. */
export function AccountPanel({ candidate }: { candidate: TCandidate }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const createAccount = useCreateCandidateAccount();
  const [invitation, setInvitation] = useState<TInvitation | null>(null);

  return (
    <section aria-labelledby="account-heading">
      <h2 className="utrecht-heading-2" id="account-heading">
        {t('candidates.sections.account')}
      </h2>
      <div aria-live="polite">
        {invitation && <InvitationLink invitation={invitation} />}
        {createAccount.isError && (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(createAccount.error)}</p>
          </Alert>
        )}
      </div>
      {candidate.account ? (
        <p className="utrecht-paragraph">
          {t('candidates.account.exists', { status: t(`userStatus.${candidate.account.status}`) })}
        </p>
      ) : (
        <>
          <p className="utrecht-paragraph">
            {candidate.email
              ? t('candidates.account.intro', { email: candidate.email })
              : t('candidates.account.needsEmail')}
          </p>
          <Button
            appearance="primary-action"
            disabled={!candidate.email}
            busy={createAccount.isPending}
            onClick={() =>
              createAccount.mutate(
                {
                  id: candidate.id,
                  version: candidate.version,
                  locale: i18n.language === 'en' ? 'en' : 'nl',
                },
                { onSuccess: setInvitation },
              )
            }
          >
            {t('candidates.account.create')}
          </Button>
        </>
      )}
    </section>
  );
}
