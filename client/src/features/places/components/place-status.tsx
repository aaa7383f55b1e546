import type { TPlaceStatus } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';

/** The status as a word in a box: never colour alone. */
export function PlaceStatus({ status }: { status: TPlaceStatus }) {
  const { t } = useTranslation();
  return <span className={`kp-tag kp-status kp-status--${status}`}>{t(`places.statuses.${status}`)}</span>;
}
