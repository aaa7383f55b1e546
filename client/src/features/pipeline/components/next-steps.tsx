import type { TMatch, TRole } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { IntroductionPanel } from './introduction-panel';
import { hasStepsOnPage, type MatchSteps } from './match-steps';
import { MoveActions } from './move-actions';

interface NextStepsProps {
  match: TMatch;
  role: TRole;
  steps: MatchSteps;
  onDone: (text: string) => void;
  onFailed: (error: unknown) => void;
}

/** "What happens next": the moves this user may make now, and the introduction with its consent. */
export function NextSteps({ match, role, steps, onDone, onFailed }: NextStepsProps) {
  const { t } = useTranslation();
  const anything = steps.simpleMoves.length > 0 || steps.exits.length > 0 || hasStepsOnPage(steps);
  const moved = (moved: TMatch) =>
    onDone(
      t('pipeline.moved', { name: moved.candidate.fullName, stage: t(`matching.stages.${moved.stage}`) }),
    );

  return (
    <section className="kp-match-section" aria-labelledby="match-next">
      <h2 className="utrecht-heading-2" id="match-next">
        {t('pipeline.next.title')}
      </h2>
      {!anything && <p className="utrecht-paragraph">{t('pipeline.next.nothing')}</p>}
      <MoveActions match={match} steps={steps} onMoved={moved} onFailed={onFailed} />
      <IntroductionPanel match={match} role={role} steps={steps} onDone={onDone} />
      {steps.planInterview && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href="#sollicitatiegesprek">
            {t('pipeline.next.toPlanInterview')}
          </a>
        </p>
      )}
      {(steps.startTrial || steps.followTrial) && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href="#proefplaatsing">
            {t(steps.startTrial ? 'pipeline.next.toStartTrial' : 'pipeline.next.toFollowTrial')}
          </a>
        </p>
      )}
      {steps.followEmployment && (
        <p className="utrecht-paragraph">
          <a className="utrecht-link utrecht-link--html-a" href="#dienstverband">
            {t('pipeline.next.toFollowEmployment')}
          </a>
        </p>
      )}
    </section>
  );
}
