import { ZConsentDecision, ZRequestIntroduction, type TMatch, type TRole } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { RadioGroupField } from '@/components/ui/radio-group-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { formatDateTime } from '@/lib/format';
import { useDecideConsent } from '../api/decide-consent';
import { useRequestIntroduction } from '../api/request-introduction';
import { FormProblems } from './form-problems';
import { contractFormSchema } from './match-form-schema';
import type { MatchSteps } from './match-steps';
import { useMatchStepForm } from './use-match-step-form';

interface IntroductionPanelProps {
  match: TMatch;
  role: TRole;
  steps: MatchSteps;
  onDone: (text: string) => void;
}

/**
 * Introducing the candidate to the contractor, which needs the candidate's consent: the consultant
 * asks for it, and records an answer given in person; the candidate answers here themselves.
 */
export function IntroductionPanel({ match, role, steps, onDone }: IntroductionPanelProps) {
  const { t, i18n } = useTranslation();
  const introduction = match.introduction;
  const answering = steps.recordConsentInPerson || steps.answerConsent;
  if (!steps.requestIntroduction && !introduction) return null;

  const consentStatus = () => {
    const consent = introduction?.consent;
    if (!consent) return t(role === 'candidate' ? 'pipeline.consent.askedYou' : 'pipeline.consent.waiting');
    const answer = t(consent.given ? 'pipeline.consent.given' : 'pipeline.consent.refused', {
      date: formatDateTime(consent.at, i18n.language),
    });
    return consent.inPerson
      ? `${answer} ${t('pipeline.consent.inPerson', { name: consent.by.name })}`
      : answer;
  };

  return (
    <section className="kp-match-form" aria-labelledby="match-introduction">
      <h3 className="utrecht-heading-3" id="match-introduction">
        {t('pipeline.introduction.title')}
      </h3>
      {steps.requestIntroduction && <RequestIntroductionForm match={match} onDone={onDone} />}
      {introduction && (
        <p className="utrecht-paragraph">
          {t('pipeline.introduction.requested', {
            date: formatDateTime(introduction.requestedAt, i18n.language),
            name: introduction.requestedBy.name,
          })}{' '}
          {consentStatus()}
        </p>
      )}
      {answering && <ConsentForm match={match} inPerson={steps.recordConsentInPerson} onDone={onDone} />}
    </section>
  );
}

function RequestIntroductionForm({ match, onDone }: { match: TMatch; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const request = useRequestIntroduction();
  const form = useMatchStepForm({
    id: 'introduction',
    schema: contractFormSchema(ZRequestIntroduction, (values: { note: string }) => ({
      version: match.version,
      note: values.note,
    })),
    initialValues: { note: '' },
    send: (body) => request.mutateAsync({ id: match.id, ...body }),
    onDone: () => onDone(t('pipeline.introduction.done', { name: match.candidate.fullName })),
  });
  return (
    <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
      <p className="utrecht-paragraph">{t('pipeline.introduction.explain')}</p>
      <FormProblems
        form={form}
        labels={{ note: t('pipeline.fields.note') }}
        candidateId={match.candidate.id}
      />
      <TextAreaField
        form={form}
        name="note"
        label={t('pipeline.fields.note')}
        description={t('pipeline.introduction.noteHint')}
        rows={2}
      />
      <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
        {t('pipeline.introduction.submit')}
      </Button>
    </form>
  );
}

interface ConsentFormProps {
  match: TMatch;
  /** The consultant records an answer the candidate gave in person. */
  inPerson: boolean;
  onDone: (text: string) => void;
}

function ConsentForm({ match, inPerson, onDone }: ConsentFormProps) {
  const { t } = useTranslation();
  const decide = useDecideConsent();
  const who = inPerson ? 'consultant' : 'candidate';
  const form = useMatchStepForm({
    id: 'consent',
    schema: contractFormSchema(ZConsentDecision, (values: { given: string; note: string }) => ({
      version: match.version,
      given: values.given === '' ? undefined : values.given === 'true',
      inPerson,
      note: values.note,
    })),
    initialValues: { given: '', note: '' },
    send: (body) => decide.mutateAsync({ id: match.id, ...body }),
    onDone: (decided) =>
      onDone(
        t(decided.stage === 'introduced' ? 'pipeline.consent.doneGiven' : 'pipeline.consent.doneRefused'),
      ),
  });
  const labels = { given: t(`pipeline.consent.${who}.question`), note: t('pipeline.fields.note') };
  return (
    <form className="kp-form" noValidate onSubmit={form.handleSubmit}>
      <h4 className="utrecht-heading-4">{t(`pipeline.consent.${who}.title`)}</h4>
      <FormProblems form={form} labels={labels} />
      <RadioGroupField
        form={form}
        name="given"
        legend={labels.given}
        options={[
          { value: 'true', label: t(`pipeline.consent.${who}.yes`) },
          { value: 'false', label: t(`pipeline.consent.${who}.no`) },
        ]}
      />
      <TextAreaField form={form} name="note" label={labels.note} rows={2} />
      <Button type="submit" appearance="primary-action" busy={form.isSubmitting}>
        {t(`pipeline.consent.${who}.submit`)}
      </Button>
    </form>
  );
}
