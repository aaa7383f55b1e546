import type { TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useTransitionMatch } from '../api/transition-match';
import { ExitDialog } from './exit-dialog';
import type { MatchSteps } from './match-steps';

interface MoveActionsProps {
  match: TMatch;
  steps: MatchSteps;
  onMoved: (match: TMatch) => void;
  onFailed: (error: unknown) => void;
}

/** The moves that need no form (a button each) and the ones that end the match (a dialog each). */
export function MoveActions({ match, steps, onMoved, onFailed }: MoveActionsProps) {
  const { t } = useTranslation();
  const transition = useTransitionMatch();
  const name = match.candidate.fullName;
  if (steps.simpleMoves.length === 0 && steps.exits.length === 0) return null;

  return (
    <div className="utrecht-button-group kp-move-actions">
      {steps.simpleMoves.map((to) => (
        <Button
          key={to}
          appearance="primary-action"
          busy={transition.isPending && transition.variables.to === to}
          onClick={() =>
            transition.mutate(
              { id: match.id, to, version: match.version },
              { onSuccess: onMoved, onError: onFailed },
            )
          }
        >
          {t(`pipeline.moves.${to}`)}
          <span className="kp-visually-hidden"> {name}</span>
        </Button>
      ))}
      {steps.exits.map((to) => (
        <ExitDialog key={to} match={match} to={to} onDone={onMoved} />
      ))}
    </div>
  );
}
