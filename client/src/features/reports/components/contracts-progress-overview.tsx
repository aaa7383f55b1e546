import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { ForecastBadge } from '@/features/sroi/components/forecast-badge';
import { ProgressBar } from '@/features/sroi/components/progress-bar';
import { contractPath } from '@/features/sroi/sroi-paths';
import { formatEuros } from '@/lib/money';
import { useContractReport } from '../api/get-contract-report';
import './reports.css';

const SHOWN = 10;

/** On the home page of contractors and municipalities: live realisation and forecast per contract. */
export function ContractsProgressOverview() {
  const { t, i18n } = useTranslation();
  const report = useContractReport({ page: 1, limit: SHOWN });
  const locale = i18n.language;

  return (
    <section aria-labelledby="dashboard-sroi">
      <h2 className="utrecht-heading-2" id="dashboard-sroi">
        {t('reports.dashboard.title')}
      </h2>
      {report.data && report.data.data.length === 0 && (
        <p className="utrecht-paragraph">{t('reports.dashboard.empty')}</p>
      )}
      {report.data && report.data.data.length > 0 && (
        <ul className="kp-contract-progress-list">
          {report.data.data.map((row) => (
            <li key={row.contractId}>
              <h3 className="utrecht-heading-3">
                <Link className="utrecht-link utrecht-link--html-a" to={contractPath(row.contractId)}>
                  {row.title}
                </Link>
              </h3>
              <ProgressBar basisPoints={row.realisedBasisPoints} label={row.title} />
              <p className="utrecht-paragraph">
                {t('reports.dashboard.realisedOf', {
                  realised: formatEuros(row.realisedCents, locale),
                  obligation: formatEuros(row.obligationCents, locale),
                })}{' '}
                <ForecastBadge status={row.forecast} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {report.data && report.data.page.total > SHOWN && (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link utrecht-link--html-a" to={paths.reports}>
            {t('reports.dashboard.more')}
          </Link>
        </p>
      )}
    </section>
  );
}
