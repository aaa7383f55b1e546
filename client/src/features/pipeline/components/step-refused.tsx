import { ZMatchStage } from '@kansplek/api/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { isApiError } from '@/lib/api-client';
import { pipelineQueryKey } from '../api/pipeline-keys';
import { candidatePagePath } from '../pipeline-paths';

const ZAllowed = z.object({ allowed: z.array(ZMatchStage) });

type Refusal =
  | { kind: 'stale' }
  | { kind: 'transition'; allowed: z.infer<typeof ZAllowed>['allowed'] }
  | { kind: 'noSharingConsent' };

/** Why the API refused a step in a way that needs more than "check the fields", if it did. */
export function refusalOf(error: unknown): Refusal | null {
  if (!isApiError(error)) return null;
  if (error.code === 'stale_version') return { kind: 'stale' };
  if (error.code === 'invalid_transition') {
    const details = ZAllowed.safeParse(error.details);
    return { kind: 'transition', allowed: details.success ? details.data.allowed : [] };
  }
  if (error.fieldIssues.some((issue) => issue.code === 'no_sharing_consent'))
    return { kind: 'noSharingConsent' };
  return null;
}

interface StepRefusedProps {
  error: unknown;
  /** Takes focus after a failed step (the form's error summary ref). */
  ref?: Ref<HTMLDivElement>;
  /** Links to the candidate when their consent to sharing is missing (consultants). */
  candidateId?: string;
}

/**
 * A refused step: someone else changed the match (409) or it is no longer at a stage where this step
 * fits (422, with the stages that are possible now). Reloading fetches the match again; what the user
 * typed in a form stays, so they can check and send it again.
 */
export function StepRefused({ error, ref, candidateId }: StepRefusedProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reloaded, setReloaded] = useState(false);
  const refusal = refusalOf(error);
  if (!refusal) return null;

  const reload = async () => {
    setReloaded(false);
    await queryClient.invalidateQueries({ queryKey: pipelineQueryKey });
    setReloaded(true);
  };

  return (
    <Alert type="error" ref={ref} tabIndex={-1}>
      {refusal.kind === 'stale' && <p className="utrecht-paragraph">{t('pipeline.refused.stale')}</p>}
      {refusal.kind === 'transition' && (
        <>
          <p className="utrecht-paragraph">{t('pipeline.refused.transition')}</p>
          <p className="utrecht-paragraph">
            {refusal.allowed.length > 0
              ? t('pipeline.refused.allowed', {
                  stages: refusal.allowed.map((stage) => t(`matching.stages.${stage}`)).join(', '),
                })
              : t('pipeline.refused.noneAllowed')}
          </p>
        </>
      )}
      {refusal.kind === 'noSharingConsent' && (
        <p className="utrecht-paragraph">
          {t('pipeline.refused.noSharingConsent')}{' '}
          {candidateId && (
            <Link className="utrecht-link utrecht-link--html-a" to={candidatePagePath(candidateId)}>
              {t('pipeline.refused.toCandidate')}
            </Link>
          )}
        </p>
      )}
      {refusal.kind !== 'noSharingConsent' && (
        <div className="kp-inline-actions">
          <Button onClick={() => void reload()}>{t('pipeline.refused.reload')}</Button>
          <span role="status">{reloaded ? t('pipeline.refused.reloaded') : ''}</span>
        </div>
      )}
    </Alert>
  );
}
