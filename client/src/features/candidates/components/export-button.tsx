import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useExportCandidate } from '../api/export-candidate';

/** Downloads everything stored about the candidate, for an access request (inzageverzoek). */
export function ExportButton({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const exportCandidate = useExportCandidate();
  return (
    <>
      <Button busy={exportCandidate.isPending} onClick={() => exportCandidate.mutate(candidateId)}>
        {t('candidates.export.button')}
      </Button>
      {exportCandidate.isError && (
        <Alert type="error" role="alert">
          <p className="utrecht-paragraph">{errorMessage(exportCandidate.error)}</p>
        </Alert>
      )}
    </>
  );
}
