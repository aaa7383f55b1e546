import { CANDIDATE_CONSENT_KINDS } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/loading';
import { PageTitle } from '@/components/ui/page-title';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useExportOwnData } from '../api/export-own-data';
import { useOwnProfile } from '../api/get-own-profile';
import { ConsentToggle } from '../components/consent-toggle';
import { OwnProfileSummary } from '../components/own-profile-summary';
import { PreferencesForm } from '../components/preferences-form';
import '@/features/candidates/candidates.css';

/** "Mijn profiel": what is recorded, what the candidate changes, their consents and their data. */
export function ProfileRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const profile = useOwnProfile();
  const exportData = useExportOwnData();
  const data = profile.data;

  return (
    <>
      <PageTitle documentTitle={t('profile.title')}>{t('profile.title')}</PageTitle>
      {profile.isPending && <Loading />}
      {profile.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(profile.error)}</p>
        </Alert>
      )}
      {data === null && (
        <Alert type="info">
          <p className="utrecht-paragraph">{t('profile.none')}</p>
        </Alert>
      )}
      {data && (
        <>
          <p className="utrecht-paragraph utrecht-paragraph--lead">{t('profile.intro')}</p>
          <section aria-labelledby="profile-recorded">
            <h2 className="utrecht-heading-2" id="profile-recorded">
              {t('profile.recorded.title')}
            </h2>
            <p className="utrecht-paragraph">{t('profile.recorded.intro')}</p>
            <OwnProfileSummary profile={data} />
          </section>
          <section aria-labelledby="profile-preferences">
            <h2 className="utrecht-heading-2" id="profile-preferences">
              {t('profile.preferences.title')}
            </h2>
            <PreferencesForm profile={data} />
          </section>
          <section aria-labelledby="profile-consent">
            <h2 className="utrecht-heading-2" id="profile-consent">
              {t('profile.consent.title')}
            </h2>
            <p className="utrecht-paragraph">{t('profile.consent.intro')}</p>
            {CANDIDATE_CONSENT_KINDS.map((kind) => (
              <ConsentToggle key={kind} kind={kind} consent={data.consent[kind]} version={data.version} />
            ))}
          </section>
          <section aria-labelledby="profile-data">
            <h2 className="utrecht-heading-2" id="profile-data">
              {t('profile.data.title')}
            </h2>
            <p className="utrecht-paragraph">{t('profile.data.intro')}</p>
            <Button busy={exportData.isPending} onClick={() => exportData.mutate()}>
              {t('profile.data.download')}
            </Button>
            {exportData.isError && (
              <Alert type="error" role="alert">
                <p className="utrecht-paragraph">{errorMessage(exportData.error)}</p>
              </Alert>
            )}
          </section>
        </>
      )}
    </>
  );
}
