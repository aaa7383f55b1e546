import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '@/components/ui/reason-dialog';

interface DeclineIntroductionDialogProps {
  /** The place's title, in the button and the dialog's title. */
  title: string;
  /** Sends the "no"; a thrown API error is shown in the dialog, keeping the note. */
  onDecline: (note: string) => Promise<unknown>;
}

/** "Nee" to an introduction, confirmed with an optional note to the consultant (no reason needed). */
export function DeclineIntroductionDialog({ title, onDecline }: DeclineIntroductionDialogProps) {
  const { t } = useTranslation();
  return (
    <ReasonDialog
      title={t('portal.decline.title', { title })}
      intro={t('portal.decline.intro')}
      labels={{
        open: t('portal.waiting.no'),
        openContext: `– ${title}`,
        note: t('portal.decline.note'),
        submit: t('portal.decline.confirm'),
        cancel: t('portal.decline.cancel'),
      }}
      onSubmit={({ note }) => onDecline(note)}
    />
  );
}
