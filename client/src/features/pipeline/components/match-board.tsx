import type { TMatch, TMatchStage, TRole } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { StageColumn } from './stage-column';
import { StepFeedback, useStepFeedback } from './step-feedback';
import './pipeline.css';

const ACTIVE: Record<'consultant' | 'contractor', readonly TMatchStage[]> = {
  consultant: ['proposed', 'shortlisted', 'introduced', 'interview', 'trial', 'hired'],
  // A contractor sees a candidate only once they consented to the introduction.
  contractor: ['introduced', 'interview', 'trial', 'hired'],
};
const FINISHED: readonly TMatchStage[] = ['declined', 'withdrawn', 'stopped'];

/** The columns a role follows: the active stages, and those where a match ended when asked for. */
export function boardStages(role: TRole, withFinished: boolean): TMatchStage[] {
  const active = role === 'contractor' ? ACTIVE.contractor : ACTIVE.consultant;
  return withFinished ? [...active, ...FINISHED] : [...active];
}

/** The matches by stage, each column its own list; a move says where the card went and takes focus there. */
export function MatchBoard({
  role,
  withFinished,
  placeId,
}: {
  role: TRole;
  withFinished: boolean;
  placeId?: string;
}) {
  const { t } = useTranslation();
  const { feedback, ref, done, failed } = useStepFeedback();
  const moved = (match: TMatch) =>
    done(
      t('pipeline.moved', {
        name: match.candidate.fullName,
        stage: t(`matching.stages.${match.stage}`),
      }),
    );

  return (
    <>
      <StepFeedback feedback={feedback} ref={ref} />
      <div className="kp-board">
        {boardStages(role, withFinished).map((stage) => (
          <StageColumn
            key={stage}
            stage={stage}
            role={role}
            onMoved={moved}
            onFailed={failed}
            placeId={placeId}
          />
        ))}
      </div>
    </>
  );
}
