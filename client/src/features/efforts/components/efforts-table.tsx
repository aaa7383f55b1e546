import type { TEffort } from '@kansplek/api/contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDay } from '@/lib/format';
import { effortAmount } from './effort-amount';
import { EffortStatusBadge } from './effort-status-badge';

interface EffortsTableProps {
  efforts: TEffort[];
  caption: string;
  /** On a contract's own page the contract column says nothing new. */
  showContract?: boolean;
}

export function EffortsTable({ efforts, caption, showContract = true }: EffortsTableProps) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption" id={captionId}>
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {t('efforts.fields.description')}
            </th>
            {showContract && (
              <th scope="col" className="utrecht-table__header-cell">
                {t('efforts.fields.contract')}
              </th>
            )}
            <th scope="col" className="utrecht-table__header-cell">
              {t('efforts.fields.kind')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('efforts.fields.date')}
            </th>
            <th scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric">
              {t('efforts.fields.value')}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {t('efforts.fields.status')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {efforts.map((effort) => (
            <tr className="utrecht-table__row" key={effort.id}>
              <th scope="row" className="utrecht-table__cell">
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={generatePath(paths.effort, { id: effort.id })}
                >
                  {effort.description}
                </Link>
              </th>
              {showContract && (
                <td className="utrecht-table__cell">
                  {effort.contract.reference} – {effort.contractor.name}
                </td>
              )}
              <td className="utrecht-table__cell">{t(`efforts.kinds.${effort.kind}`)}</td>
              <td className="utrecht-table__cell">{formatDay(effort.date, i18n.language)}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">
                {effortAmount(effort, t, i18n.language)}
              </td>
              <td className="utrecht-table__cell">
                <EffortStatusBadge status={effort.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
