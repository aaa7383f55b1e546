import { useTranslation } from 'react-i18next';

/** A polite, text-based loading message (no spinner animation to distract or to miss). */
export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="utrecht-paragraph kp-loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}
