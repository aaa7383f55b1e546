import type { Ref } from 'react';
import { Alert } from '@/components/ui/alert';
import { LiveRegion } from '@/components/ui/announcement';
import { useLiveMessage } from '@/hooks/use-announcement';
import { useErrorMessage } from '@/hooks/use-error-message';
import { refusalOf, StepRefused } from './step-refused';

type Feedback = { kind: 'ok'; text: string } | { kind: 'error'; error: unknown };

/**
 * What came of a step whose button may then disappear (the card moves to another column, the form
 * closes): the message takes focus, so keyboard and screen-reader users are not dropped at the top.
 */
export function useStepFeedback() {
  const { message: feedback, ref, show } = useLiveMessage<Feedback>();
  return {
    feedback,
    ref,
    done: (text: string) => show({ kind: 'ok', text }),
    failed: (error: unknown) => show({ kind: 'error', error }),
  };
}

interface StepFeedbackProps {
  feedback: Feedback | null;
  ref: Ref<HTMLDivElement>;
  candidateId?: string;
}

/** What came of the step, or why it was refused (with the way to reload), in a live region. */
export function StepFeedback({ feedback, ref, candidateId }: StepFeedbackProps) {
  const errorMessage = useErrorMessage();
  return (
    <LiveRegion ref={ref}>
      {feedback?.kind === 'ok' && (
        <Alert type="ok">
          <p className="utrecht-paragraph">{feedback.text}</p>
        </Alert>
      )}
      {feedback?.kind === 'error' &&
        (refusalOf(feedback.error) ? (
          <StepRefused error={feedback.error} candidateId={candidateId} />
        ) : (
          <Alert type="error">
            <p className="utrecht-paragraph">{errorMessage(feedback.error)}</p>
          </Alert>
        ))}
    </LiveRegion>
  );
}
