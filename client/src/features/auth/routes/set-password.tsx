import { ZInviteToken } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { formatDateTime } from '@/lib/format';
import { useInvitation } from '../api/get-invitation';
import { isSignedIn } from '../api/sign-in-result';
import { SetPasswordForm } from '../components/set-password-form';

export function SetPasswordRoute() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const tokenIsWellFormed = ZInviteToken.safeParse(token).success;
  const invitation = useInvitation(token, { enabled: tokenIsWellFormed });

  const title = <PageTitle documentTitle={t('setPassword.title')}>{t('setPassword.title')}</PageTitle>;

  if (!tokenIsWellFormed || invitation.isError) {
    return (
      <div className="kp-narrow">
        {title}
        <Alert type="error">
          <p className="utrecht-paragraph">
            {invitation.isError ? errorMessage(invitation.error) : t('errors.invite_invalid')}
          </p>
        </Alert>
      </div>
    );
  }
  if (invitation.isPending) return <Loading />;

  const preview = invitation.data;
  return (
    <div className="kp-narrow">
      {title}
      <p className="utrecht-paragraph utrecht-paragraph--lead">
        {t('setPassword.invitedAs', {
          name: preview.name,
          // A role in the middle of a sentence is not capitalised: "als jobconsulent".
          role: t(`roles.${preview.role}`).toLocaleLowerCase(i18n.language),
          organisation: preview.organisationName,
        })}
      </p>
      <dl className="utrecht-data-list utrecht-data-list--rows kp-data-list">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('fields.email')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {preview.email}
          </dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t('setPassword.validUntil')}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {formatDateTime(preview.expiresAt, i18n.language)}
          </dd>
        </div>
      </dl>
      <SetPasswordForm
        token={token}
        email={preview.email}
        onSuccess={(result) =>
          navigate(isSignedIn(result) ? paths.home : paths.secondFactorEnrolment, { replace: true })
        }
      />
    </div>
  );
}
