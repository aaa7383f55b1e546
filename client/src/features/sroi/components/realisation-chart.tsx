import type { TProgressPoint } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import {
  Area,
  AreaChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDay } from '@/lib/format';
import { formatEuros, formatEurosShort } from '@/lib/money';
import { ChartFigure } from './chart-figure';
import { DataTable } from '@/components/ui/data-table';

interface RealisationChartProps {
  series: TProgressPoint[];
  obligationCents: number;
}

/** "Verplichting vs gerealiseerd in de tijd": realised credit as an area, the obligation as a line. */
export function RealisationChart({ series, obligationCents }: RealisationChartProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const last = series[series.length - 1];
  const euros = (cents: number) => formatEuros(cents, locale);
  const summary = t('sroi.chart.summary', {
    obligation: euros(obligationCents),
    realised: euros(last?.realisedCents ?? 0),
    date: last ? formatDay(last.date, locale) : '',
  });

  return (
    <ChartFigure
      caption={t('sroi.chart.title')}
      summary={summary}
      table={
        <DataTable
          caption={t('sroi.chart.tableCaption')}
          columns={[
            { header: t('sroi.chart.date') },
            { header: t('sroi.fields.realised'), numeric: true },
            { header: t('sroi.fields.obligation'), numeric: true },
          ]}
          rows={series.map((point) => ({
            key: point.date,
            cells: [formatDay(point.date, locale), euros(point.realisedCents), euros(obligationCents)],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart
          data={series}
          margin={{ top: 24, right: 24, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" tickFormatter={(date: string) => formatDay(date, locale)} minTickGap={24} />
          <YAxis
            tickFormatter={(cents: number) => formatEurosShort(cents, locale)}
            domain={[0, (max: number) => Math.max(max, obligationCents)]}
            width={80}
          />
          <Tooltip
            labelFormatter={(date) => formatDay(String(date), locale)}
            formatter={(cents) => [euros(Number(cents)), t('sroi.fields.realised')]}
          />
          <Area
            type="monotone"
            dataKey="realisedCents"
            name={t('sroi.fields.realised')}
            stroke="var(--kp-brand-color)"
            fill="var(--kp-brand-color)"
            fillOpacity={0.2}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <ReferenceLine
            y={obligationCents}
            stroke="var(--utrecht-color-red-30, #a30000)"
            strokeDasharray="6 4"
            strokeWidth={2}
            label={{ value: t('sroi.fields.obligation'), position: 'insideTopLeft' }}
          />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
