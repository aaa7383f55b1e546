import { DISMISS_REASONS, type TDismissReason } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { ReasonDialog, type ReasonValues } from '@/components/ui/reason-dialog';

export type DismissValues = ReasonValues<TDismissReason>;

interface DismissDialogProps {
  /** The candidate's name, in the buttons and the dialog's title. */
  name: string;
  /** Sends the dismissal; a thrown API error is shown in the dialog, keeping what was chosen. */
  onDismiss: (values: DismissValues) => Promise<unknown>;
}

/** "Afwijzen" with a reason (a note with "other", as ZCreateMatch and ZDismissMatch require). */
export function DismissDialog({ name, onDismiss }: DismissDialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('matching.dismiss.title', { name })}
      intro={t('matching.dismiss.intro', { name })}
      reasons={DISMISS_REASONS.map((reason) => ({
        value: reason,
        label: t(`matching.dismissReasons.${reason}`),
      }))}
      noteRequiredFor="other"
      labels={{
        open: t('matching.proposals.dismiss'),
        openContext: name,
        reason: t('matching.dismiss.reason'),
        chooseReason: t('matching.dismiss.chooseReason'),
        note: t('matching.dismiss.note'),
        noteHint: t('matching.dismiss.noteHint'),
        submit: t('matching.dismiss.confirm'),
        submitContext: name,
        cancel: t('matching.dismiss.cancel'),
      }}
      onSubmit={onDismiss}
    />
  );
}
