import { ZSetDisplacement, type TOrganisation } from '@kansplek/api/contract';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ErrorSummary } from '@/components/ui/error-summary';
import { FormField } from '@/components/ui/form-field';
import { TextField } from '@/components/ui/text-field';
import { useFieldErrorMessage } from '@/components/ui/use-field-error-message';
import { useCurrentUser } from '@/features/auth/components/use-current-user';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useZodForm } from '@/hooks/use-zod-form';
import { formatDate, formatDateTime } from '@/lib/format';
import { useClearDisplacement, useSetDisplacement } from '../api/save-organisation';

/**
 * The displacement flag (verdringingsrisico): a recent collective dismissal at a contractor. While it
 * is set, placements there need a consultant's explicit confirmation that the new places are additional.
 */
export function DisplacementPanel({ organisation }: { organisation: TOrganisation }) {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const canChange = me.role === 'consultant';
  const flag = organisation.displacement;
  const [message, setMessage] = useState<string | null>(null);

  return (
    <section aria-labelledby="displacement-heading">
      <h2 className="utrecht-heading-2" id="displacement-heading">
        {t('organisations.displacement.title')}
      </h2>
      <p className="utrecht-paragraph">{t('organisations.displacement.explanation')}</p>
      <div role="status">
        {message && (
          <Alert type="ok">
            <p className="utrecht-paragraph">{message}</p>
          </Alert>
        )}
      </div>
      {flag ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">
            <strong>
              {t('organisations.displacement.flagged', { date: formatDate(flag.date, i18n.language) })}
            </strong>
          </p>
          <p className="utrecht-paragraph">{flag.note}</p>
          <p className="utrecht-paragraph kp-muted">
            {t('organisations.displacement.setBy', {
              who:
                flag.setBy === me.id
                  ? t('organisations.displacement.you')
                  : t('organisations.displacement.colleague'),
              at: formatDateTime(flag.setAt, i18n.language),
            })}
          </p>
          {canChange && (
            <ClearDisplacement
              organisation={organisation}
              onCleared={() => setMessage(t('organisations.displacement.cleared'))}
            />
          )}
        </Alert>
      ) : (
        <p className="utrecht-paragraph">{t('organisations.displacement.none')}</p>
      )}
      {canChange && (
        <SetDisplacementForm
          organisation={organisation}
          onSaved={() => setMessage(t('organisations.displacement.saved'))}
        />
      )}
    </section>
  );
}

function ClearDisplacement({
  organisation,
  onCleared,
}: {
  organisation: TOrganisation;
  onCleared: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const clear = useClearDisplacement();
  const [confirming, setConfirming] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);

  if (!confirming) {
    return (
      <Button onClick={() => setConfirming(true)} id="displacement-clear">
        {t('organisations.displacement.clear')}
      </Button>
    );
  }
  return (
    <div>
      <p className="utrecht-paragraph" ref={question} tabIndex={-1}>
        {t('organisations.displacement.confirmClear')}
      </p>
      {clear.isError && <p className="utrecht-paragraph">{errorMessage(clear.error)}</p>}
      <div className="utrecht-button-group">
        <Button
          appearance="primary-action"
          busy={clear.isPending}
          onClick={() =>
            clear.mutate({ id: organisation.id, version: organisation.version }, { onSuccess: onCleared })
          }
        >
          {t('organisations.displacement.confirmClearButton')}
        </Button>
        <Button
          appearance="subtle"
          onClick={() => {
            setConfirming(false);
            requestAnimationFrame(() => document.getElementById('displacement-clear')?.focus());
          }}
        >
          {t('organisations.displacement.cancel')}
        </Button>
      </div>
    </div>
  );
}

type DisplacementField = 'date' | 'note';

function SetDisplacementForm({
  organisation,
  onSaved,
}: {
  organisation: TOrganisation;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldErrorMessage();
  const setDisplacement = useSetDisplacement();
  const flag = organisation.displacement;
  const form = useZodForm({
    id: 'displacement',
    // The version is the organisation's as shown, so a colleague's change in between is not overwritten.
    schema: z
      .custom<Record<DisplacementField, string>>()
      .transform((values) => ({ ...values, version: organisation.version }))
      .pipe(ZSetDisplacement),
    initialValues: { date: flag?.date ?? '', note: flag?.note ?? '' },
    onSubmit: async (input) => {
      await setDisplacement.mutateAsync({ ...input, id: organisation.id, version: organisation.version });
      onSaved();
    },
  });
  const labels = { date: t('organisations.displacement.date'), note: t('organisations.displacement.note') };
  const noteError = form.fieldErrors.note;

  return (
    <form className="utrecht-form kp-form kp-after-form" noValidate onSubmit={form.handleSubmit}>
      <h3 className="utrecht-heading-3">
        {flag ? t('organisations.displacement.changeTitle') : t('organisations.displacement.setTitle')}
      </h3>
      <ErrorSummary form={form} labels={labels} />
      <TextField form={form} name="date" label={labels.date} type="date" />
      <FormField
        id={form.fieldId('note')}
        label={labels.note}
        kind="text"
        description={t('organisations.displacement.noteHint')}
        errorText={noteError && fieldError('note', labels.note, noteError)}
      >
        {(a11y) => (
          <textarea
            {...a11y}
            name="note"
            rows={4}
            className={`utrecht-textarea utrecht-textarea--html-textarea${noteError ? ' utrecht-textarea--invalid' : ''}`}
            value={form.values.note}
            onChange={(event) => form.setValue('note', event.target.value)}
          />
        )}
      </FormField>
      <div className="utrecht-button-group">
        <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
          {flag ? t('organisations.displacement.update') : t('organisations.displacement.set')}
        </Button>
      </div>
    </form>
  );
}
