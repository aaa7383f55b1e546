import { useTranslation } from 'react-i18next';
import { PageTitle } from '@/components/ui/page-title';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { AccountForm } from '../components/account-form';
import { MailPreferencesSection } from '../components/mail-preferences-section';
import { SecondFactorSettings } from '../components/second-factor-settings';

export function AccountRoute() {
  const { t } = useTranslation();
  const me = useCurrentUser();

  const facts = [
    { label: t('fields.email'), value: me.email },
    { label: t('fields.role'), value: t(`roles.${me.role}`) },
    { label: t('fields.organisation'), value: me.organisation.name },
  ];

  return (
    <>
      <PageTitle documentTitle={t('account.title')}>{t('account.title')}</PageTitle>
      <dl className="utrecht-data-list utrecht-data-list--rows kp-data-list">
        {facts.map((fact) => (
          <div className="utrecht-data-list__item" key={fact.label}>
            <dt className="utrecht-data-list__item-key">{fact.label}</dt>
            <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
              {fact.value}
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="utrecht-heading-2">{t('account.editTitle')}</h2>
      <AccountForm me={me} />
      <MailPreferencesSection email={me.email} />
      <SecondFactorSettings me={me} />
    </>
  );
}
