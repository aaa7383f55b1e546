import type { TRegion } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { paths } from '@/config/paths';

export function RegionsTable({ regions, total }: { regions: TRegion[]; total: number }) {
  const { t } = useTranslation();
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby="regions-caption"
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption" id="regions-caption">
          {t('regions.list.caption', { count: total })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('fields.name')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('regions.fields.servicePoint')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('regions.fields.municipalities')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {regions.map((region) => (
            <tr className="utrecht-table__row" key={region.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={generatePath(paths.editRegion, { id: region.id })}
                >
                  {region.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">{region.servicePoint.name}</td>
              <td className="utrecht-table__cell">
                {t('regions.list.municipalityCount', { count: region.municipalities.length })}:{' '}
                {region.municipalities.map((m) => m.name).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
