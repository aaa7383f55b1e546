import type { TExitReason } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { ReasonDialog, type ReasonValues } from '@/components/ui/reason-dialog';

/** The reasons a candidate can have for withdrawing, told from their side (the rest are the others'). */
export const CANDIDATE_WITHDRAW_REASONS = [
  'not_interested',
  'found_other_work',
  'not_available',
  'too_far',
  'hours_mismatch',
  'personal_circumstances',
  'other',
] as const satisfies readonly TExitReason[];

interface WithdrawDialogProps {
  /** The place's title, in the button and the dialog's title. */
  title: string;
  /** Sends the withdrawal; a thrown API error is shown in the dialog, keeping what was chosen. */
  onWithdraw: (values: ReasonValues<TExitReason>) => Promise<unknown>;
}

/** "Trek mijn interesse in", confirmed with the candidate's reason (a note with "other", as ZTransitionMatch requires). */
export function WithdrawDialog({ title, onWithdraw }: WithdrawDialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonDialog<TExitReason>
      title={t('portal.withdraw.title', { title })}
      intro={t('portal.withdraw.intro')}
      reasons={CANDIDATE_WITHDRAW_REASONS.map((reason) => ({
        value: reason,
        label: t(`portal.withdraw.reasons.${reason}`),
      }))}
      noteRequiredFor="other"
      labels={{
        open: t('portal.withdraw.button'),
        openContext: `– ${title}`,
        reason: t('portal.withdraw.reason'),
        chooseReason: t('portal.withdraw.chooseReason'),
        note: t('portal.withdraw.note'),
        noteHint: t('portal.withdraw.noteHint'),
        submit: t('portal.withdraw.confirm'),
        cancel: t('portal.withdraw.cancel'),
      }}
      onSubmit={onWithdraw}
    />
  );
}
