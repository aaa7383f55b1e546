import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/loading';
import { useErrorMessage } from '@/hooks/use-error-message';
import { useFunnelReport, type FunnelParams } from '../api/get-funnel-report';
import { csvUrl } from '../api/report-params';
import { CsvLink } from './csv-link';
import { FunnelChart } from './funnel-chart';
import { PeriodFilter } from './period-filter';

interface FunnelSectionProps {
  params: FunnelParams;
  onPeriodChange: (period: { from?: string; to?: string }) => void;
}

/** Proposed → introduced → trial → hired → durable, for a period, with the conversion between steps. */
export function FunnelSection({ params, onPeriodChange }: FunnelSectionProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const funnel = useFunnelReport(params);

  return (
    <section aria-labelledby="reports-funnel-heading">
      <h2 className="utrecht-heading-2" id="reports-funnel-heading">
        {t('reports.funnel.title')}
      </h2>
      <p className="utrecht-paragraph">{t('reports.funnel.intro')}</p>
      <PeriodFilter key={`${params.from}-${params.to}`} value={params} onApply={onPeriodChange} />
      {funnel.isPending && <Loading />}
      {funnel.isError && (
        <Alert type="error">
          <p className="utrecht-paragraph">{errorMessage(funnel.error)}</p>
        </Alert>
      )}
      {funnel.data && (
        <>
          <FunnelChart steps={funnel.data.steps} />
          <CsvLink href={csvUrl('/api/reports/funnel', { ...params })} table={t('reports.funnel.title')} />
        </>
      )}
    </section>
  );
}
