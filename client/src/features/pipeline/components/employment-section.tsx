import type { TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/features/candidates/components/data-list';
import { formatDay } from '@/lib/format';
import { formatDate } from '@/lib/format';
import { todayIsoDate } from './dates';
import { AftercareForm, EndEmploymentForm } from './employment-forms';
import type { MatchSteps } from './match-steps';

type Aftercare = NonNullable<TMatch['employment']>['aftercare'][number];

interface EmploymentSectionProps {
  match: TMatch;
  steps: MatchSteps;
  onDone: (text: string) => void;
}

/** The employment after a good trial: its terms, aftercare at 1, 3, 6 and 12 months, and its end. */
export function EmploymentSection({ match, steps, onDone }: EmploymentSectionProps) {
  const { t, i18n } = useTranslation();
  const employment = match.employment;
  if (!employment) return null;
  const day = (date: string) => formatDay(date.slice(0, 10), i18n.language);

  const status = (entry: Aftercare) => {
    if (entry.doneAt) {
      return t(
        entry.stillEmployed ? 'pipeline.aftercare.doneEmployed' : 'pipeline.aftercare.doneNotEmployed',
        {
          date: formatDate(entry.doneAt, i18n.language),
          name: entry.by?.name ?? '—',
        },
      );
    }
    return t(
      entry.dueDate.slice(0, 10) < todayIsoDate() ? 'pipeline.aftercare.overdue' : 'pipeline.aftercare.open',
    );
  };

  return (
    <section className="kp-match-section" id="dienstverband" aria-labelledby="match-employment">
      <h2 className="utrecht-heading-2" id="match-employment">
        {t('pipeline.employment.title')}
      </h2>
      {employment.durable && (
        <p className="utrecht-paragraph">
          <span className="kp-tag">{t('pipeline.employment.durable')}</span>
          {t('pipeline.employment.durableExplain')}
        </p>
      )}
      <DataList
        items={[
          { label: t('pipeline.outcome.fields.startDate'), value: day(employment.startDate) },
          {
            label: t('pipeline.outcome.fields.contractType'),
            value: t(`pipeline.contractTypes.${employment.contractType}`),
          },
          { label: t('pipeline.outcome.fields.hoursPerWeek'), value: employment.hoursPerWeek },
          {
            label: t('pipeline.outcome.fields.employmentEnd'),
            value: employment.plannedEnd ? day(employment.plannedEnd) : t('pipeline.employment.noEnd'),
          },
          ...(employment.ended
            ? [
                {
                  label: t('pipeline.ended.title'),
                  value: t('pipeline.ended.on', {
                    date: day(employment.ended.date),
                    reason: employment.ended.reason,
                  }),
                },
              ]
            : []),
        ]}
      />
      <h3 className="utrecht-heading-3">{t('pipeline.aftercare.title')}</h3>
      <ul className="kp-aftercare">
        {employment.aftercare.map((entry) => (
          <li className="kp-aftercare__item" key={entry.month}>
            <strong>{t('pipeline.aftercare.after', { count: entry.month })}</strong> —{' '}
            {t('pipeline.aftercare.due', { date: day(entry.dueDate) })}: {status(entry)}
            {entry.note && <p className="utrecht-paragraph">{entry.note}</p>}
          </li>
        ))}
      </ul>
      {steps.followEmployment && (
        <>
          <AftercareForm match={match} onDone={onDone} />
          <EndEmploymentForm match={match} onDone={onDone} />
        </>
      )}
    </section>
  );
}
