import type { TContract } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link, generatePath } from 'react-router';
import { paths } from '@/config/paths';
import { formatDay } from '@/lib/format';
import { formatEuros } from '@/lib/money';
import { ContractStatusBadge } from './contract-status-badge';

export function ContractsTable({ contracts, total }: { contracts: TContract[]; total: number }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const header = (key: string, numeric = false) => (
    <th
      className={`utrecht-table__header-cell${numeric ? ' utrecht-table__header-cell--numeric' : ''}`}
      scope="col"
    >
      {t(key)}
    </th>
  );

  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby="contracts-caption"
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption" id="contracts-caption">
          {t('contracts.list.caption', { count: total })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {header('contracts.fields.title')}
            {header('contracts.fields.reference')}
            {header('contracts.fields.municipality')}
            {header('contracts.fields.contractor')}
            {header('contracts.fields.obligation', true)}
            {header('contracts.fields.realisationDeadline')}
            {header('fields.status')}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {contracts.map((contract) => (
            <tr className="utrecht-table__row" key={contract.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={generatePath(paths.contract, { id: contract.id })}
                >
                  {contract.title}
                </Link>
              </th>
              <td className="utrecht-table__cell kp-break">{contract.reference}</td>
              <td className="utrecht-table__cell">{contract.municipality.name}</td>
              <td className="utrecht-table__cell">{contract.contractor.name}</td>
              <td className="utrecht-table__cell utrecht-table__cell--numeric">
                {formatEuros(contract.obligationCents, locale)}
              </td>
              <td className="utrecht-table__cell">{formatDay(contract.realisationDeadline, locale)}</td>
              <td className="utrecht-table__cell">
                <ContractStatusBadge status={contract.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
