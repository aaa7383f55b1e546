import type { TInvitation } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { InvitationLink } from '../components/invitation-link';
import { InviteUserForm } from '../components/invite-user-form';

export function InviteUserRoute() {
  const { t } = useTranslation();
  const [invitation, setInvitation] = useState<TInvitation | null>(null);

  return (
    <>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link utrecht-link--html-a kp-back-link" to={paths.users}>
          {t('invite.backToUsers')}
        </Link>
      </p>
      <PageTitle documentTitle={t('invite.title')}>{t('invite.title')}</PageTitle>
      <p className="utrecht-paragraph">{t('invite.intro')}</p>
      <div aria-live="polite">{invitation && <InvitationLink invitation={invitation} />}</div>
      <InviteUserForm onInvited={setInvitation} />
    </>
  );
}
