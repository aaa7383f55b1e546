import type { Response } from 'express';
import type { TContractReportRow, TFunnelReport, TSummaryReport } from '../contract';
import { countCell, euros, sendCsv } from './csv';

/** A share in basis points as a percentage with two decimals ("87.50"). */
function percent(basisPoints: number | null): string {
  return basisPoints === null ? '' : (basisPoints / 100).toFixed(2);
}

export function contractReportCsv(res: Response, rows: TContractReportRow[]) {
  return sendCsv(
    res,
    'sroi-contracten.csv',
    [
      'kenmerk',
      'titel',
      'gemeente',
      'opdrachtnemer',
      'status',
      'verplichting_eur',
      'gerealiseerd_eur',
      'realisatie_pct',
      'pijplijn_eur',
      'deadline',
      'prognose',
    ],
    rows.map((r) => [
      r.reference,
      r.title,
      r.municipality.name,
      r.contractor.name,
      r.status,
      euros(r.obligationCents),
      euros(r.realisedCents),
      percent(r.realisedBasisPoints),
      euros(r.pipelineCents),
      r.deadline,
      r.forecast,
    ]),
  );
}

export function summaryCsv(res: Response, report: TSummaryReport, table: string) {
  const name = `sroi-${report.scope.kind}-${table}.csv`;
  switch (table) {
    case 'target_groups':
      return sendCsv(
        res,
        name,
        ['doelgroep', 'personen'],
        report.byTargetGroup.map((r) => [r.targetGroup, countCell(r.people)]),
      );
    case 'sources':
      return sendCsv(
        res,
        name,
        ['soort', 'aantal', 'gerealiseerd_eur'],
        report.bySource.map((r) => [r.kind, r.count, euros(r.cents)]),
      );
    case 'purchases': {
      const p = report.socialPurchases;
      return sendCsv(
        res,
        name,
        ['inkopen', 'factuurbedrag_eur', 'waarde_eur', 'sociale_ondernemingen'],
        [[p.count, euros(p.invoiceCents), euros(p.creditCents), p.enterprises]],
      );
    }
    case 'series':
      return sendCsv(
        res,
        name,
        ['datum', 'gerealiseerd_eur'],
        report.series.map((p) => [p.date, euros(p.realisedCents)]),
      );
    default:
      return sendCsv(
        res,
        name,
        [
          'gebied',
          'contracten',
          'verplichting_eur',
          'gerealiseerd_eur',
          'realisatie_pct',
          'personen_geplaatst',
        ],
        [
          [
            report.scope.name,
            report.contracts,
            euros(report.obligationCents),
            euros(report.realisedCents),
            percent(report.realisedBasisPoints),
            countCell(report.peoplePlaced),
          ],
        ],
      );
  }
}

export function funnelCsv(res: Response, report: TFunnelReport) {
  return sendCsv(
    res,
    'plaatsingsfunnel.csv',
    ['stap', 'personen', 'conversie_pct'],
    report.steps.map((s) => [s.step, countCell(s.people), percent(s.conversionBasisPoints)]),
  );
}
