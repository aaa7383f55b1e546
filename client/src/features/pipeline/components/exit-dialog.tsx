import { EXIT_REASONS, type TExitReason, type TMatch } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '@/components/ui/reason-dialog';
import { useTransitionMatch } from '../api/transition-match';
import { FormProblems } from './form-problems';
import type { TExitMove } from './match-steps';

interface ExitDialogProps {
  match: TMatch;
  to: TExitMove;
  onDone: (match: TMatch) => void;
}

/**
 * Declining or withdrawing a match, with a reason (a note with "other", as ZTransitionMatch requires);
 * a refused move (409, 422) says why in the dialog and keeps what was chosen.
 */
export function ExitDialog({ match, to, onDone }: ExitDialogProps) {
  const { t } = useTranslation();
  const transition = useTransitionMatch();
  const name = match.candidate.fullName;
  return (
    <ReasonDialog<TExitReason>
      title={t(`pipeline.exit.${to}.title`, { name })}
      intro={t(`pipeline.exit.${to}.intro`, { name })}
      reasons={EXIT_REASONS.map((reason) => ({ value: reason, label: t(`pipeline.exitReasons.${reason}`) }))}
      noteRequiredFor="other"
      labels={{
        open: t(`pipeline.moves.${to}`),
        openContext: name,
        reason: t('pipeline.exit.reason'),
        chooseReason: t('pipeline.exit.chooseReason'),
        note: t('pipeline.exit.note'),
        noteHint: t('pipeline.exit.noteHint'),
        submit: t(`pipeline.exit.${to}.confirm`),
        submitContext: name,
        cancel: t('pipeline.exit.cancel'),
      }}
      problems={(form, labels) => <FormProblems form={form} labels={labels} />}
      onSubmit={async (values) =>
        onDone(await transition.mutateAsync({ id: match.id, to, version: match.version, ...values }))
      }
    />
  );
}
