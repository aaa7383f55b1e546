import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useMailPreferences } from '../api/mail-preferences';
import { MailPreferencesForm } from './mail-preferences-form';

/** The account page's e-mail section: where mail goes, and the choice per topic. */
export function MailPreferencesSection({ email }: { email: string }) {
  const { t } = useTranslation();
  const preferences = useMailPreferences();
  return (
    <section aria-labelledby="mail-preferences-title">
      <h2 className="utrecht-heading-2" id="mail-preferences-title">
        {t('mailPreferences.title')}
      </h2>
      {preferences.data && (
        <p className="utrecht-paragraph">
          {t('mailPreferences.intro', { time: preferences.data.digestTime })}{' '}
          {t('mailPreferences.sentTo', { email })}
        </p>
      )}
      {preferences.isPending && <Loading />}
      {preferences.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{t('mailPreferences.loadError')}</p>
        </Alert>
      )}
      {preferences.data && <MailPreferencesForm preferences={preferences.data} />}
    </section>
  );
}
