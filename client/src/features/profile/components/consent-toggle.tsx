import type { TCandidateConsentKind, TCandidateConsentState } from '@kansplek/api/contract';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/hooks/use-error-message';
import { formatDateTime } from '@/lib/format';
import { useRecordOwnConsent } from '../api/record-own-consent';

interface ConsentToggleProps {
  kind: TCandidateConsentKind;
  consent: TCandidateConsentState;
  version: number;
}

/** One consent, explained in plain Dutch, that the candidate gives or withdraws with one button. */
export function ConsentToggle({ kind, consent, version }: ConsentToggleProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const recordConsent = useRecordOwnConsent();
  const [message, setMessage] = useState<string | null>(null);
  const headingId = useId();

  const toggle = () => {
    setMessage(null);
    const given = !consent.given;
    recordConsent.mutate(
      { kind, given, version },
      { onSuccess: () => setMessage(t(given ? 'profile.consent.nowGiven' : 'profile.consent.nowWithdrawn')) },
    );
  };

  return (
    <section className="kp-candidate-consent" aria-labelledby={headingId}>
      <h3 className="utrecht-heading-3" id={headingId}>
        {t(`profile.consent.${kind}.title`)}
      </h3>
      <p className="utrecht-paragraph">{t(`profile.consent.${kind}.explain`)}</p>
      <p className="utrecht-paragraph">
        <strong>{t(consent.given ? 'profile.consent.stateGiven' : 'profile.consent.stateNotGiven')}</strong>{' '}
        {consent.at && t('profile.consent.since', { date: formatDateTime(consent.at, i18n.language) })}
      </p>
      <p className="utrecht-paragraph">
        {t(consent.given ? 'profile.consent.withdrawEffect' : 'profile.consent.giveEffect')}
      </p>
      <Button busy={recordConsent.isPending} onClick={toggle}>
        {t(consent.given ? `profile.consent.${kind}.withdraw` : `profile.consent.${kind}.give`)}
      </Button>
      <div aria-live="polite">
        {message && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{message}</p>
          </Alert>
        )}
        {recordConsent.isError && (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(recordConsent.error)}</p>
          </Alert>
        )}
      </div>
    </section>
  );
}
