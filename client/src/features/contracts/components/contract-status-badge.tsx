import type { TContractStatus } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import './contract-status-badge.css';

/** The status as a word with its own shape; colour only repeats what the word and shape already say. */
export function ContractStatusBadge({ status }: { status: TContractStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kp-contract-status kp-contract-status--${status}`}>
      {t(`contracts.statuses.${status}`)}
    </span>
  );
}
