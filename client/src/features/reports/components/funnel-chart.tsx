import type { TFunnelReport } from '@kansplek/api/contract';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartFigure } from '@/features/sroi/components/chart-figure';
import { DataTable } from '@/components/ui/data-table';
import { formatBasisPoints } from '@/lib/money';
import { peopleText } from './people-count';

/** The placement funnel as bars per step, each with the share of the step before that reached it. */
export function FunnelChart({ steps }: { steps: TFunnelReport['steps'] }) {
  const { t, i18n } = useTranslation();
  const conversion = (basisPoints: number | null) =>
    basisPoints === null ? '—' : formatBasisPoints(basisPoints, i18n.language);
  const data = steps.map((step, index) => ({
    name: t(`reports.funnel.steps.${step.step}`),
    people: step.people,
    label:
      index === 0
        ? peopleText(t, step.people)
        : `${peopleText(t, step.people)} (${conversion(step.conversionBasisPoints)})`,
  }));
  const summary = t('reports.funnel.summary', {
    steps: data.map((step) => `${step.name}: ${step.label}`).join('; '),
  });

  return (
    <ChartFigure
      caption={t('reports.funnel.chartTitle')}
      summary={summary}
      table={
        <DataTable
          caption={t('reports.funnel.caption')}
          columns={[
            { header: t('reports.funnel.step') },
            { header: t('reports.funnel.people'), numeric: true },
            { header: t('reports.funnel.conversion'), numeric: true },
          ]}
          rows={steps.map((step) => ({
            key: step.step,
            cells: [
              t(`reports.funnel.steps.${step.step}`),
              peopleText(t, step.people),
              conversion(step.conversionBasisPoints),
            ],
          }))}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} margin={{ top: 28, right: 16, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" />
          <YAxis allowDecimals={false} />
          <Tooltip formatter={(value) => [String(value), t('reports.funnel.people')]} />
          <Bar dataKey="people" fill="var(--kp-brand-color)" isAnimationActive={false}>
            <LabelList dataKey="label" position="top" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}
