import type { TOrganisation } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { generatePath, Link } from 'react-router';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

export function OrganisationsTable({
  organisations,
  total,
}: {
  organisations: TOrganisation[];
  total: number;
}) {
  const { t, i18n } = useTranslation();
  const header = (key: string) => (
    <th className="utrecht-table__header-cell" scope="col">
      {t(key)}
    </th>
  );

  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby="organisations-caption"
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption" id="organisations-caption">
          {t('organisations.list.caption', { count: total })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {header('fields.name')}
            {header('organisations.fields.kind')}
            {header('organisations.list.identifier')}
            {header('organisations.fields.city')}
            {header('organisations.list.displaced')}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {organisations.map((organisation) => (
            <tr className="utrecht-table__row" key={organisation.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link
                  className="utrecht-link utrecht-link--html-a"
                  to={generatePath(paths.organisation, { id: organisation.id })}
                >
                  {organisation.name}
                </Link>
              </th>
              <td className="utrecht-table__cell">{t(`organisations.kinds.${organisation.kind}`)}</td>
              <td className="utrecht-table__cell">
                {organisation.kvkNumber
                  ? t('organisations.list.kvk', { number: organisation.kvkNumber })
                  : organisation.municipalityCode
                    ? t('organisations.list.cbs', { code: organisation.municipalityCode })
                    : '—'}
              </td>
              <td className="utrecht-table__cell">
                {organisation.address?.city ?? organisation.address?.postcode ?? '—'}
              </td>
              <td className="utrecht-table__cell">
                {organisation.displacement ? (
                  <span className="kp-tag">
                    {t('organisations.list.displacedSince', {
                      date: formatDate(organisation.displacement.date, i18n.language),
                    })}
                  </span>
                ) : (
                  <span className="kp-visually-hidden">{t('organisations.list.notDisplaced')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
