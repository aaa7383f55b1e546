import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useMe } from '@/features/auth/api/get-me';
import { useErrorMessage } from '@/hooks/use-error-message';
import { isApiError } from '@/lib/api-client';
import { useExpressInterest } from '../api/express-interest';
import './portal.css';

interface InterestButtonProps {
  placeId: string;
  /** Names the place for screen readers when several buttons are on one page (search results). */
  placeTitle: string;
}

/** 409 without a stale version: the candidate already showed interest in this place (once per place). */
function isAlreadyShown(error: unknown): boolean {
  return isApiError(error) && error.status === 409 && error.code !== 'stale_version';
}

/**
 * "Ik heb interesse" on an open place, for candidates only: tells their consultant, then says so in a
 * live region and stays disabled. The button keeps focus (aria-disabled), so nobody loses their place.
 */
export function InterestButton({ placeId, placeTitle }: InterestButtonProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const role = useMe().data?.role;
  const interest = useExpressInterest(placeId);
  if (role !== 'candidate') return null;

  const already = isAlreadyShown(interest.error);
  const done = interest.isSuccess || already;
  const message = interest.isSuccess
    ? { type: 'ok' as const, text: t('portal.interest.sent') }
    : already
      ? { type: 'info' as const, text: t('portal.interest.already') }
      : interest.isError
        ? { type: 'error' as const, text: errorMessage(interest.error) }
        : null;

  return (
    <div className="kp-interest">
      <Button
        appearance="primary-action"
        busy={interest.isPending}
        aria-disabled={done || undefined}
        onClick={() => {
          if (!done && !interest.isPending) interest.mutate();
        }}
      >
        {t('portal.interest.button')}
        <span className="kp-visually-hidden"> {t('portal.interest.in', { title: placeTitle })}</span>
      </Button>
      <div aria-live="polite" aria-atomic="true">
        {message && (
          <Alert type={message.type}>
            <p className="utrecht-paragraph">{message.text}</p>
          </Alert>
        )}
      </div>
    </div>
  );
}
