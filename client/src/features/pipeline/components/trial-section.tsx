import type { TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { DataList } from '@/features/candidates/components/data-list';
import { formatDay } from '@/lib/format';
import { CheckInForm, RATINGS } from './check-in-form';
import type { MatchSteps } from './match-steps';
import { StartTrialForm } from './start-trial-form';
import { TrialOutcomeForm } from './trial-outcome-form';

interface TrialSectionProps {
  match: TMatch;
  steps: MatchSteps;
  onDone: (text: string) => void;
}

/** The trial period (proefplaatsing): its terms and check-ins, and the forms that start, follow and end it. */
export function TrialSection({ match, steps, onDone }: TrialSectionProps) {
  const { t, i18n } = useTranslation();
  const trial = match.trial;
  if (!trial && !steps.startTrial) return null;
  const day = (date: string) => formatDay(date.slice(0, 10), i18n.language);

  return (
    <section className="kp-match-section" id="proefplaatsing" aria-labelledby="match-trial">
      <h2 className="utrecht-heading-2" id="match-trial">
        {t('pipeline.trial.title')}
      </h2>
      {trial && (
        <>
          <DataList
            items={[
              { label: t('pipeline.trial.startDate'), value: day(trial.startDate) },
              { label: t('pipeline.trial.plannedEnd'), value: day(trial.plannedEnd) },
              ...(trial.longerReason
                ? [{ label: t('pipeline.trial.longerReason'), value: trial.longerReason }]
                : []),
              {
                label: t('pipeline.trial.intentToEmploy'),
                value: t(trial.intentToEmploy ? 'pipeline.yes' : 'pipeline.no'),
              },
              ...trial.extensions.map((extension, index) => ({
                label: t('pipeline.trial.extension', { number: index + 1 }),
                value: t('pipeline.trial.extendedTo', {
                  date: day(extension.plannedEnd),
                  reason: extension.reason,
                }),
              })),
              {
                label: t('pipeline.trial.outcome'),
                value: trial.outcome ? t(`matching.stages.${trial.outcome}`) : t('pipeline.trial.running'),
              },
            ]}
          />
          <h3 className="utrecht-heading-3">{t('pipeline.checkIn.listTitle')}</h3>
          {trial.checkIns.length === 0 ? (
            <p className="utrecht-paragraph">{t('pipeline.checkIn.none')}</p>
          ) : (
            <ul className="kp-aftercare">
              {trial.checkIns.map((checkIn) => (
                <li className="kp-aftercare__item" key={checkIn.id}>
                  <strong>{day(checkIn.date)}</strong> —{' '}
                  {t('pipeline.checkIn.by', { name: checkIn.by.name, role: t(`roles.${checkIn.by.role}`) })}
                  <br />
                  {RATINGS.map((rating) =>
                    t('pipeline.checkIn.rated', {
                      rating: t(`pipeline.checkIn.ratings.${rating}`),
                      score: checkIn.ratings[rating],
                    }),
                  ).join(' · ')}
                  {checkIn.note && <p className="utrecht-paragraph">{checkIn.note}</p>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {steps.startTrial && <StartTrialForm match={match} onDone={onDone} />}
      {steps.followTrial && (
        <>
          <CheckInForm match={match} onDone={onDone} />
          <TrialOutcomeForm match={match} onDone={onDone} />
        </>
      )}
    </section>
  );
}
