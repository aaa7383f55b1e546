import type { TForecastStatus } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import './sroi.css';

/** Where a contract is heading, as a word with its own shape: colour only repeats what the text says. */
export function ForecastBadge({ status }: { status: TForecastStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kp-forecast kp-forecast--${status}`}>{t(`sroi.forecast.statuses.${status}`)}</span>
  );
}
