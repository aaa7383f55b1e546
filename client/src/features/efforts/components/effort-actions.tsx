import type { TEffort } from '@kansplek/api/contract';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ButtonLink } from '@/components/ui/button-link';
import { paths } from '@/config/paths';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useDecideEffort, useWithdrawEffort } from '../api/save-effort';

/** The consultant's decision: accept with an optional note, or reject with a reason (required). */
function DecisionForm({ effort }: { effort: TEffort }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const decide = useDecideEffort();
  const fieldId = useId();
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);

  const send = (decision: 'accept' | 'reject') => {
    if (decision === 'reject' && note.trim().length < 3) return setMissingReason(true);
    setMissingReason(false);
    decide.mutate(
      decision === 'accept'
        ? { id: effort.id, version: effort.version, decision, note: note.trim() }
        : { id: effort.id, version: effort.version, decision, reason: note.trim() },
    );
  };

  return (
    <section className="kp-effort-decision" aria-labelledby={`${fieldId}-heading`}>
      <h2 className="utrecht-heading-2" id={`${fieldId}-heading`}>
        {t('efforts.decision.title')}
      </h2>
      <div className={`utrecht-form-field${missingReason ? ' utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={fieldId}>
            {t('efforts.decision.note')}
          </label>
        </div>
        <div className="utrecht-form-field-description" id={`${fieldId}-hint`}>
          {t('efforts.decision.noteHint')}
        </div>
        {missingReason && (
          <div className="utrecht-form-field-error-message" id={`${fieldId}-error`} role="alert">
            {t('efforts.decision.reasonRequired')}
          </div>
        )}
        <div className="utrecht-form-field__input">
          <textarea
            id={fieldId}
            className="utrecht-textarea utrecht-textarea--html-textarea"
            rows={3}
            value={note}
            aria-describedby={missingReason ? `${fieldId}-hint ${fieldId}-error` : `${fieldId}-hint`}
            aria-invalid={missingReason ? true : undefined}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
      </div>
      {decide.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(decide.error)}</p>
        </Alert>
      )}
      <div className="utrecht-button-group">
        <Button appearance="primary-action" busy={decide.isPending} onClick={() => send('accept')}>
          {t('efforts.decision.accept')}
        </Button>
        <Button busy={decide.isPending} onClick={() => send('reject')}>
          {t('efforts.decision.reject')}
        </Button>
      </div>
    </section>
  );
}

/** The submitter's withdrawal, confirmed in place (no pop-up). */
function Withdraw({ effort }: { effort: TEffort }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const withdraw = useWithdrawEffort();
  const [confirming, setConfirming] = useState(false);
  if (!confirming) return <Button onClick={() => setConfirming(true)}>{t('efforts.withdraw.open')}</Button>;
  return (
    <Alert type="warning">
      <p className="utrecht-paragraph">{t('efforts.withdraw.confirm')}</p>
      {withdraw.isError && <p className="utrecht-paragraph">{errorMessage(withdraw.error)}</p>}
      <div className="utrecht-button-group">
        <Button
          appearance="primary-action"
          busy={withdraw.isPending}
          onClick={() =>
            withdraw.mutate(
              { id: effort.id, version: effort.version },
              { onSuccess: () => navigate(paths.efforts) },
            )
          }
        >
          {t('efforts.withdraw.yes')}
        </Button>
        <Button onClick={() => setConfirming(false)}>{t('efforts.withdraw.cancel')}</Button>
      </div>
    </Alert>
  );
}

/** What the caller may do with the effort now: exactly the actions the API lists for them. */
export function EffortActions({ effort }: { effort: TEffort }) {
  const { t } = useTranslation();
  const may = (action: TEffort['allowedActions'][number]) => effort.allowedActions.includes(action);
  return (
    <>
      {(may('edit') || may('withdraw')) && (
        <div className="utrecht-button-group">
          {may('edit') && (
            <ButtonLink to={generatePath(paths.editEffort, { id: effort.id })}>
              {t('efforts.edit')}
            </ButtonLink>
          )}
          {may('withdraw') && <Withdraw effort={effort} />}
        </div>
      )}
      {may('accept') && may('reject') && <DecisionForm effort={effort} />}
    </>
  );
}
