import type { TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/features/candidates/components/data-list';
import { formatDay } from '@/lib/format';
import { InterviewForm } from './interview-form';
import type { MatchSteps } from './match-steps';

interface InterviewSectionProps {
  match: TMatch;
  steps: MatchSteps;
  onDone: (text: string) => void;
}

/** The interview: when and where it is, the form that plans it, and the one that moves it. */
export function InterviewSection({ match, steps, onDone }: InterviewSectionProps) {
  const { t, i18n } = useTranslation();
  const interview = match.interview;
  if (!interview && !steps.planInterview) return null;

  return (
    <section className="kp-match-section" id="sollicitatiegesprek" aria-labelledby="match-interview">
      <h2 className="utrecht-heading-2" id="match-interview">
        {t('pipeline.interview.title')}
      </h2>
      {interview && (
        <DataList
          items={[
            { label: t('pipeline.interview.date'), value: formatDay(interview.date, i18n.language) },
            {
              label: t('pipeline.interview.time'),
              value: t('pipeline.interview.timeRange', {
                start: interview.startTime,
                end: interview.endTime,
              }),
            },
            { label: t('pipeline.interview.location'), value: interview.location },
          ]}
        />
      )}
      {steps.planInterview && <InterviewForm match={match} mode="plan" onDone={onDone} />}
      {steps.rescheduleInterview && (
        <details className="kp-match-details">
          <summary>{t('pipeline.interview.rescheduleTitle')}</summary>
          <InterviewForm match={match} mode="reschedule" onDone={onDone} />
        </details>
      )}
    </section>
  );
}
