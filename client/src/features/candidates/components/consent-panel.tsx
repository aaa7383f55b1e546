import { CANDIDATE_CONSENT_KINDS, type TCandidate, type TCandidateConsentKind } from '@kansplek/api/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/hooks/use-error-message';
import { formatDateTime } from '@/lib/format';
import { useRecordCandidateConsent } from '../api/record-candidate-consent';

/** The consultant records what the candidate said in person; each change keeps date and who. */
export function ConsentPanel({ candidate }: { candidate: TCandidate }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const recordConsent = useRecordCandidateConsent();
  const [result, setResult] = useState<
    { kind: 'ok'; text: string } | { kind: 'error'; error: unknown } | null
  >(null);

  const record = (kind: TCandidateConsentKind, given: boolean) => {
    setResult(null);
    recordConsent.mutate(
      { id: candidate.id, kind, given, version: candidate.version },
      {
        onSuccess: () =>
          setResult({
            kind: 'ok',
            text: t(given ? 'candidates.consent.recordedGiven' : 'candidates.consent.recordedWithdrawn', {
              kind: t(`candidates.consent.kinds.${kind}`),
            }),
          }),
        onError: (error) => setResult({ kind: 'error', error }),
      },
    );
  };

  return (
    <section aria-labelledby="consent-heading">
      <h2 className="utrecht-heading-2" id="consent-heading">
        {t('candidates.sections.consent')}
      </h2>
      <p className="utrecht-paragraph">{t('candidates.consent.consultantIntro')}</p>
      <div aria-live="polite">
        {result?.kind === 'ok' && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{result.text}</p>
          </Alert>
        )}
        {result?.kind === 'error' && (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(result.error)}</p>
          </Alert>
        )}
      </div>
      {CANDIDATE_CONSENT_KINDS.map((kind) => {
        const consent = candidate.consent[kind];
        const busy = recordConsent.isPending && recordConsent.variables.kind === kind;
        return (
          <div className="kp-candidate-consent" key={kind}>
            <h3 className="utrecht-heading-3">{t(`candidates.consent.kinds.${kind}`)}</h3>
            <p className="utrecht-paragraph">{t(`candidates.consent.explain.${kind}`)}</p>
            <p className="utrecht-paragraph">
              <span className="kp-tag">
                {t(consent.given ? 'candidates.consent.given' : 'candidates.consent.notGiven')}
              </span>
              {consent.at &&
                consent.by &&
                t('candidates.consent.changedBy', {
                  date: formatDateTime(consent.at, i18n.language),
                  name: consent.by.name,
                  how: t(consent.inPerson ? 'candidates.consent.inPerson' : 'candidates.consent.bySelf'),
                })}
            </p>
            <Button busy={busy} onClick={() => record(kind, !consent.given)}>
              {t(consent.given ? 'candidates.consent.recordWithdrawal' : 'candidates.consent.recordGiven')}
              <span className="kp-visually-hidden">: {t(`candidates.consent.kinds.${kind}`)}</span>
            </Button>
          </div>
        );
      })}
      {candidate.consentHistory.length > 0 && (
        <div className="utrecht-table-container" role="region" tabIndex={0} aria-labelledby="consent-history">
          <table className="utrecht-table utrecht-table--html-table">
            <caption className="utrecht-table__caption" id="consent-history">
              {t('candidates.consent.history')}
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {t('candidates.consent.when')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('candidates.consent.what')}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {t('candidates.consent.who')}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {[...candidate.consentHistory].reverse().map((change) => (
                <tr className="utrecht-table__row" key={`${change.kind}-${change.at}`}>
                  <th className="utrecht-table__header-cell" scope="row">
                    {change.at ? formatDateTime(change.at, i18n.language) : '—'}
                  </th>
                  <td className="utrecht-table__cell">
                    {t(`candidates.consent.kinds.${change.kind}`)}:{' '}
                    {t(change.given ? 'candidates.consent.given' : 'candidates.consent.withdrawn')}
                  </td>
                  <td className="utrecht-table__cell">
                    {change.by?.name ?? '—'} (
                    {t(change.inPerson ? 'candidates.consent.inPerson' : 'candidates.consent.bySelf')})
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
