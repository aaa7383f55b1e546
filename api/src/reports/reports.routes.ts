import {
  ZContractReportQuery,
  ZFairnessQuery,
  ZFairnessReport,
  ZContractReportRow,
  ZDataOf,
  ZFunnelQuery,
  ZFunnelReport,
  ZPageOf,
  ZSummaryReport,
  ZSummaryReportQuery,
} from '../contract';
import { defineRoute } from '../http/define-route';
import { contractReport } from './contract-report';
import { fairnessCsv } from './fairness-csv';
import { fairnessReport } from './fairness-report';
import { contractReportCsv, funnelCsv, summaryCsv } from './report-csv';
import { funnelReport } from './funnel-report';
import { summaryReport } from './summary-report';

const tags = ['reports'];
// Aggregates only: each role sees its own scope, and municipalities never a person's record.
const readers = ['consultant', 'contractor', 'municipality'] as const;
const csvNote = ' (`format=csv` downloads the table as CSV)';

export function reportsRoutes() {
  return [
    defineRoute({
      method: 'get',
      path: '/api/reports/contracts',
      summary: `Obligation, realised credit, pipeline value and forecast per contract in the caller's scope${csvNote}`,
      tags,
      access: readers,
      query: ZContractReportQuery,
      response: ZPageOf(ZContractReportRow),
      handler: async ({ user, query, res }) =>
        query.format === 'csv'
          ? contractReportCsv(res, (await contractReport(user, query, true)).data)
          : contractReport(user, query),
    }),
    defineRoute({
      method: 'get',
      path: '/api/reports/summary',
      summary: `Totals of a region, municipality or contractor: obligation, realised, people placed per target group (fewer than five suppressed), social purchases${csvNote}; \`table\` picks the table`,
      tags,
      access: readers,
      query: ZSummaryReportQuery,
      response: ZDataOf(ZSummaryReport),
      handler: async ({ user, query, res }) => {
        const report = await summaryReport(user, query);
        return query.format === 'csv' ? summaryCsv(res, report, query.table) : { data: report };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/reports/funnel',
      summary: `The placement funnel (proposed → introduced → trial → hired → durable) with conversion rates${csvNote}`,
      tags,
      access: readers,
      query: ZFunnelQuery,
      response: ZDataOf(ZFunnelReport),
      handler: async ({ user, query, res }) => {
        const report = await funnelReport(user, query);
        return query.format === 'csv' ? funnelCsv(res, report) : { data: report };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/reports/fairness',
      summary: `Whether groups (target group, age band, municipality, support needed) fare alike along the funnel: rates, ratios against the best group (flagged below 0.8 with at least 20 cases each), mean rank and score, and the consultants' overrides${csvNote}; \`table\` picks the table`,
      tags,
      // The region's staff; municipalities get aggregates with small counts suppressed.
      access: ['consultant', 'admin', 'municipality'],
      query: ZFairnessQuery,
      response: ZDataOf(ZFairnessReport),
      handler: async ({ user, query, res }) => {
        const report = await fairnessReport(user, query);
        return query.format === 'csv' ? fairnessCsv(res, report, query.table) : { data: report };
      },
    }),
  ];
}
