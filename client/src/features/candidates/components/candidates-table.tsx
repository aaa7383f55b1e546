import type { TCandidateListItem } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '@/lib/format';
import { candidatePath } from '../paths';

export function CandidatesTable({ candidates, total }: { candidates: TCandidateListItem[]; total: number }) {
  const { t, i18n } = useTranslation();
  const header = (text: string) => (
    <th className="utrecht-table__header-cell" scope="col">
      {text}
    </th>
  );

  return (
    <div
      className="utrecht-table-container utrecht-table-container--overflow-inline"
      tabIndex={0}
      role="region"
      aria-labelledby="candidates-caption"
    >
      <table className="utrecht-table utrecht-table--html-table utrecht-table--alternate-row-color">
        <caption className="utrecht-table__caption" id="candidates-caption">
          {t('candidates.list.caption', { count: total })}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {header(t('candidates.fields.name'))}
            {header(t('candidates.fields.city'))}
            {header(t('candidates.fields.status'))}
            {header(t('candidates.fields.waitingSince'))}
            {header(t('candidates.fields.hours'))}
            {header(t('candidates.fields.consultant'))}
            {header(t('candidates.consent.kinds.matching'))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {candidates.map((candidate) => (
            <tr className="utrecht-table__row" key={candidate.id}>
              <th className="utrecht-table__header-cell" scope="row">
                <Link className="utrecht-link utrecht-link--html-a" to={candidatePath(candidate.id)}>
                  {candidate.lastName}, {candidate.firstName}
                </Link>
              </th>
              <td className="utrecht-table__cell">{candidate.city ?? '—'}</td>
              <td className="utrecht-table__cell">
                <span className="kp-status">{t(`candidates.statuses.${candidate.status}`)}</span>
              </td>
              <td className="utrecht-table__cell">{formatDate(candidate.waitingSince, i18n.language)}</td>
              <td className="utrecht-table__cell">
                {t('candidates.hoursRange', {
                  min: candidate.hoursWanted.min,
                  max: candidate.hoursWanted.max,
                })}
              </td>
              <td className="utrecht-table__cell">{candidate.consultant?.name ?? '—'}</td>
              <td className="utrecht-table__cell">
                {t(
                  candidate.consent.matching.given
                    ? 'candidates.consent.given'
                    : 'candidates.consent.notGiven',
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
