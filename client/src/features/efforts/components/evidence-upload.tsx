import { EVIDENCE_CONTENT_TYPES, MAX_EVIDENCE_BYTES, type TEffort } from '@kansplek/api/contract';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useErrorMessage } from '@/hooks/use-error-message';
import { isApiError } from '@/lib/api-client';
import { useUploadEvidence } from '../api/save-effort';

/**
 * Attach the evidence file (PDF, PNG or JPEG, at most 5 MB) to an effort awaiting a decision. The
 * type and size are checked here first, so a wrong file is explained before it is sent.
 */
export function EvidenceUpload({ effort }: { effort: TEffort }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const inputId = useId();
  const hintId = useId();
  const upload = useUploadEvidence();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (!file) return setProblem(t('efforts.evidence.chooseFile'));
    if (!(EVIDENCE_CONTENT_TYPES as readonly string[]).includes(file.type))
      return setProblem(t('efforts.evidence.wrongType'));
    if (file.size > MAX_EVIDENCE_BYTES) return setProblem(t('efforts.evidence.tooLarge'));
    try {
      await upload.mutateAsync({ id: effort.id, file });
      setFile(null);
    } catch (error) {
      if (isApiError(error, 'payload_too_large')) setProblem(t('efforts.evidence.tooLarge'));
      else if (isApiError(error, 'unsupported_media_type')) setProblem(t('efforts.evidence.wrongType'));
      else setProblem(errorMessage(error));
    }
  };

  return (
    <form className="utrecht-form kp-form" noValidate onSubmit={onSubmit}>
      <div className={`utrecht-form-field${problem ? ' utrecht-form-field--invalid' : ''}`}>
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor={inputId}>
            {effort.evidenceFile ? t('efforts.evidence.replace') : t('efforts.evidence.add')}
          </label>
        </div>
        <div className="utrecht-form-field-description" id={hintId}>
          {t('efforts.evidence.hint')}
        </div>
        {problem && (
          <div className="utrecht-form-field-error-message" id={`${inputId}-error`} role="alert">
            {problem}
          </div>
        )}
        <div className="utrecht-form-field__input">
          <input
            id={inputId}
            type="file"
            className="utrecht-textbox"
            accept={EVIDENCE_CONTENT_TYPES.join(',')}
            aria-describedby={problem ? `${hintId} ${inputId}-error` : hintId}
            aria-invalid={problem ? true : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </div>
      </div>
      <div className="utrecht-button-group">
        <Button type="submit" busy={upload.isPending}>
          {t('efforts.evidence.upload')}
        </Button>
      </div>
      {upload.isSuccess && !problem && (
        <Alert type="ok">
          <p className="utrecht-paragraph" role="status">
            {t('efforts.evidence.uploaded')}
          </p>
        </Alert>
      )}
    </form>
  );
}
