import type { TEffortStatus } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import './efforts.css';

/** The status as a word in a box with its own shape: colour only repeats what the word says. */
export function EffortStatusBadge({ status }: { status: TEffortStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kp-effort-status kp-effort-status--${status}`}>{t(`efforts.statuses.${status}`)}</span>
  );
}
