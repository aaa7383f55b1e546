import type { Response } from 'express';
import type { TFairnessReport } from '../contract';
import { countCell, sendCsv } from './csv';

/** A share in basis points as a percentage with two decimals; empty when hidden or undefined. */
const percent = (basisPoints: number | null) => (basisPoints === null ? '' : (basisPoints / 100).toFixed(2));
/** A ratio in basis points as a fraction ("0.7500"), the form the four-fifths rule is stated in. */
const ratio = (basisPoints: number | null) => (basisPoints === null ? '' : (basisPoints / 10_000).toFixed(4));

/** The fairness report's tables as CSV: one row per group and step, or the overrides. */
export function fairnessCsv(res: Response, report: TFairnessReport, table: 'groups' | 'overrides') {
  if (table === 'overrides') {
    const o = report.overrides;
    return sendCsv(
      res,
      'eerlijkheid-overrulingen.csv',
      ['soort', 'reden', 'aantal', 'aandeel_pct'],
      [
        ['uit_voorstel', '', countCell(o.fromProposals), ''],
        ['afgewezen', '', countCell(o.dismissed), percent(o.dismissedRateBasisPoints)],
        ...o.dismissedByReason.map((r) => ['afgewezen', r.reason, countCell(r.count), '']),
        ['handmatig_toegevoegd', '', countCell(o.addedByHand), percent(o.addedByHandRateBasisPoints)],
        ['handmatig_harde_eis_overruled', '', countCell(o.overridingConstraints), ''],
      ],
    );
  }
  return sendCsv(
    res,
    'eerlijkheid-groepen.csv',
    [
      'dimensie',
      'groep',
      'naam',
      'gevallen',
      'stap',
      'aantal',
      'aandeel_pct',
      'verhouding_beste_groep',
      'gesignaleerd',
      'gem_rang',
      'gem_score',
    ],
    report.groups.flatMap((g) =>
      g.steps.map((s) => [
        g.dimension,
        g.group,
        g.label ?? '',
        countCell(g.cases),
        s.step,
        countCell(s.count),
        percent(s.rateBasisPoints),
        ratio(s.ratioBasisPoints),
        s.flagged ? 'ja' : 'nee',
        g.meanRank ?? '',
        g.meanScore ?? '',
      ]),
    ),
  );
}
