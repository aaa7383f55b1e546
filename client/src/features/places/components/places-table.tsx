import type { TPlace } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { placePath } from '../place-paths';
import { PlaceStatus } from './place-status';
import { usePlaceText } from './use-place-text';

interface PlacesTableProps {
  places: TPlace[];
  total: number;
  showContractor: boolean;
}

export function PlacesTable({ places, total, showContractor }: PlacesTableProps) {
  const { t } = useTranslation();
  const text = usePlaceText();
  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby="places-caption"
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption" id="places-caption">
          {t('places.list.caption', { count: total })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {t('places.fields.title')}
            </th>
            {showContractor && (
              <th className="utrecht-table__header-cell" scope="col">
                {t('places.fields.contractor')}
              </th>
            )}
            <th className="utrecht-table__header-cell" scope="col">
              {t('places.fields.kind')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('places.fields.status')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('places.fields.startDate')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('places.fields.city')}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {t('places.fields.hours')}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {places.map((place) => (
            <tr className="utrecht-table__row" key={place.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={placePath(place.id)}>
                  {place.title}
                </Link>
              </th>
              {showContractor && <td className="utrecht-table__cell">{place.contractor.name}</td>}
              <td className="utrecht-table__cell">{t(`places.kinds.${place.kind}`)}</td>
              <td className="utrecht-table__cell">
                <PlaceStatus status={place.status} />
              </td>
              <td className="utrecht-table__cell">{text.startDate(place.startDate)}</td>
              <td className="utrecht-table__cell">{place.location?.city ?? t('places.text.notYet')}</td>
              <td className="utrecht-table__cell">{text.hours(place.hours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
