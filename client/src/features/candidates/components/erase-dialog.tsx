import type { TCandidate } from '@kansplek/api/contract';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useEraseCandidate } from '../api/erase-candidate';

/**
 * Erasure cannot be undone, so a modal dialog first names what happens. The native <dialog> keeps
 * focus inside, closes with Escape and returns focus to the button that opened it.
 */
export function EraseCandidate({ candidate, onErased }: { candidate: TCandidate; onErased: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const eraseCandidate = useEraseCandidate();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const name = `${candidate.firstName} ${candidate.lastName}`;

  const open = () => {
    eraseCandidate.reset();
    dialogRef.current?.showModal();
  };
  const confirm = () =>
    eraseCandidate.mutate(
      { id: candidate.id, version: candidate.version },
      {
        onSuccess: () => {
          dialogRef.current?.close();
          onErased();
        },
      },
    );

  return (
    <>
      <Button onClick={open}>{t('candidates.erase.open')}</Button>
      <dialog ref={dialogRef} className="kp-dialog" aria-labelledby={headingId}>
        <h2 className="utrecht-heading-2" id={headingId}>
          {t('candidates.erase.title', { name })}
        </h2>
        <p className="utrecht-paragraph">{t('candidates.erase.intro')}</p>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">{t('candidates.erase.removed')}</li>
          <li className="utrecht-unordered-list__item">{t('candidates.erase.account')}</li>
          <li className="utrecht-unordered-list__item">{t('candidates.erase.kept')}</li>
          <li className="utrecht-unordered-list__item">{t('candidates.erase.final')}</li>
        </ul>
        <p className="utrecht-paragraph">{t('candidates.erase.exportFirst')}</p>
        {eraseCandidate.isError && (
          <Alert type="error" role="alert">
            <p className="utrecht-paragraph">{errorMessage(eraseCandidate.error)}</p>
          </Alert>
        )}
        <div className="utrecht-button-group">
          {/* Cancel comes first and has focus when the dialog opens: the safe choice is the default. */}
          <Button appearance="primary-action" autoFocus onClick={() => dialogRef.current?.close()}>
            {t('candidates.erase.cancel')}
          </Button>
          <Button busy={eraseCandidate.isPending} onClick={confirm} className="kp-candidate-danger">
            {t('candidates.erase.confirm', { name })}
          </Button>
        </div>
      </dialog>
    </>
  );
}
