import { z } from 'zod';
import { ZObjectId, ZPageQuery } from './common';
import { ZContractStatus } from './contracts';
import { ZDate, ZPlaceKind, ZTargetGroup } from './domain';
import { ZEffortKind } from './efforts';
import { ZOrganisationSummary } from './organisations';
import { ZRuleSetReference } from './valuation';

/**
 * Credits, progress and reports (issue 6): what each contract owes, what has been realised, whether
 * it will be met in time, and the aggregate figures for municipalities and the region.
 */

/** The building blocks a credit is made of (the lines of a credit). */
export const CREDIT_BLOCKS = [
  'employment',
  'trial',
  'work_experience',
  'internship',
  'apprenticeship',
  'bonus',
  'social_purchase',
  'project_contribution',
  'practical_support',
  'volunteering',
] as const;
export const ZCreditBlock = z.enum(CREDIT_BLOCKS);
export type TCreditBlock = z.infer<typeof ZCreditBlock>;

export const CREDIT_SOURCES = ['placement', 'effort'] as const;
export const ZCreditSource = z.enum(CREDIT_SOURCES);
export type TCreditSource = z.infer<typeof ZCreditSource>;

export const ZCreditLine = z.object({
  block: ZCreditBlock,
  // Realised to date, in cents.
  cents: z.number().int(),
  // What the value rests on (target group, hours, days counted, cap …), for the consultant's view.
  params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type TCreditLine = z.infer<typeof ZCreditLine>;

export const CREDIT_HISTORY_REASONS = [
  'placement_started',
  'placement_changed',
  'effort_accepted',
  'rule_set_changed',
  // Revalued when the valuation was brought in line with PRODUCT.md's "How the table applies".
  'rules_corrected',
] as const;

export const ZCreditHistoryEntry = z.object({
  at: z.string(),
  // The credit as valued then, to the day it was valued.
  amountCents: z.number().int(),
  // The figure before this revaluation, on the same day; null for the first valuation.
  previousAmountCents: z.number().int().nullable(),
  ruleSet: ZRuleSetReference.nullable(),
  reason: z.enum(CREDIT_HISTORY_REASONS),
});
export type TCreditHistoryEntry = z.infer<typeof ZCreditHistoryEntry>;

export const ZCredit = z
  .object({
    id: ZObjectId,
    source: ZCreditSource,
    kind: z.union([ZPlaceKind, ZEffortKind]),
    // The place and candidate (placements) or the effort's description; contractors and consultants only.
    label: z.string(),
    matchId: ZObjectId.nullable(),
    effortId: ZObjectId.nullable(),
    date: z.string(),
    amountCents: z.number().int().meta({ description: 'Realised to date, in cents' }),
    // Consultants only: the lines name target groups; other roles get an empty list.
    lines: z.array(ZCreditLine),
    ruleSet: ZRuleSetReference.nullable(),
    history: z.array(ZCreditHistoryEntry),
  })
  .meta({ id: 'Credit' });
export type TCredit = z.infer<typeof ZCredit>;

export const ZCreditListQuery = ZPageQuery.extend({ sort: z.enum(['-date', 'date']).default('-date') });
export type TCreditListQuery = z.infer<typeof ZCreditListQuery>;

/**
 * Where a contract is heading at the current pace: `fulfilled` (already met), `on_track`, `behind`,
 * `not_started` (its term has not begun) or `missed` (the deadline passed without meeting it).
 */
export const FORECAST_STATUSES = ['fulfilled', 'on_track', 'behind', 'not_started', 'missed'] as const;
export const ZForecastStatus = z.enum(FORECAST_STATUSES);
export type TForecastStatus = z.infer<typeof ZForecastStatus>;

export const ZForecast = z.object({
  status: ZForecastStatus,
  // The credit at the deadline if the pace so far continues.
  projectedCents: z.number().int(),
  // What a steady pace would have realised by today.
  expectedToDateCents: z.number().int(),
});
export type TForecast = z.infer<typeof ZForecast>;

export const ZProgressBySource = z.object({
  kind: z.union([ZPlaceKind, ZEffortKind]),
  count: z.number().int(),
  cents: z.number().int(),
});

export const ZProgressPoint = z.object({ date: z.string(), realisedCents: z.number().int() });
export type TProgressPoint = z.infer<typeof ZProgressPoint>;

export const ZContractProgress = z
  .object({
    contractId: ZObjectId,
    status: ZContractStatus,
    obligationCents: z.number().int(),
    realisedCents: z.number().int(),
    // Realisation = credit ÷ obligation, in basis points (10 000 = 100 %).
    realisedBasisPoints: z.number().int(),
    // Credit expected from matches in interview or trial at this contract's places.
    pipelineCents: z.number().int(),
    pipelineMatches: z.number().int(),
    startDate: z.string(),
    deadline: z.string(),
    today: z.string(),
    daysLeft: z.number().int(),
    forecast: ZForecast,
    bySource: z.array(ZProgressBySource),
    // Realised credit at the end of each month from the start, up to today (for the chart).
    series: z.array(ZProgressPoint),
    ruleSets: z.array(ZRuleSetReference),
  })
  .meta({ id: 'ContractProgress' });
export type TContractProgress = z.infer<typeof ZContractProgress>;

/** Reports answer as JSON or as CSV (`format=csv`, one table per request). */
export const ZReportFormat = z.enum(['json', 'csv']).default('json');

/** The scope of a report; without one, the caller's own (region, municipality or organisation). */
export const ZReportScopeQuery = z.strictObject({
  regionId: ZObjectId.optional(),
  municipalityId: ZObjectId.optional(),
  contractorId: ZObjectId.optional(),
  format: ZReportFormat,
});
export type TReportScopeQuery = z.infer<typeof ZReportScopeQuery>;

export const ZContractReportQuery = ZReportScopeQuery.extend({
  page: ZPageQuery.shape.page,
  limit: ZPageQuery.shape.limit,
  status: ZContractStatus.optional(),
});
export type TContractReportQuery = z.infer<typeof ZContractReportQuery>;

export const ZContractReportRow = z.object({
  contractId: ZObjectId,
  reference: z.string(),
  title: z.string(),
  municipality: ZOrganisationSummary,
  contractor: ZOrganisationSummary,
  status: ZContractStatus,
  obligationCents: z.number().int(),
  realisedCents: z.number().int(),
  realisedBasisPoints: z.number().int(),
  pipelineCents: z.number().int(),
  deadline: z.string(),
  forecast: ZForecastStatus,
});
export type TContractReportRow = z.infer<typeof ZContractReportRow>;

/** A count of people; null when fewer than five, so no one can be recognised (small-cell suppression). */
export const ZPeopleCount = z.number().int().nullable();
export const SMALL_CELL_THRESHOLD = 5;

export const ZReportScope = z.object({
  kind: z.enum(['region', 'municipality', 'contractor']),
  id: ZObjectId,
  name: z.string(),
});
export type TReportScope = z.infer<typeof ZReportScope>;

/** The tables of the summary report, one per CSV download. */
export const SUMMARY_TABLES = ['totals', 'target_groups', 'sources', 'purchases', 'series'] as const;
export const ZSummaryReportQuery = ZReportScopeQuery.extend({
  table: z.enum(SUMMARY_TABLES).default('totals'),
});
export type TSummaryReportQuery = z.infer<typeof ZSummaryReportQuery>;

export const ZSummaryReport = z
  .object({
    scope: ZReportScope,
    contracts: z.number().int(),
    obligationCents: z.number().int(),
    realisedCents: z.number().int(),
    realisedBasisPoints: z.number().int(),
    peoplePlaced: ZPeopleCount,
    byTargetGroup: z.array(z.object({ targetGroup: ZTargetGroup, people: ZPeopleCount })),
    bySource: z.array(ZProgressBySource),
    socialPurchases: z.object({
      count: z.number().int(),
      invoiceCents: z.number().int(),
      creditCents: z.number().int(),
      enterprises: z.number().int(),
    }),
    // Obligation and realised credit of the scope's contracts at each month's end (for the chart).
    series: z.array(ZProgressPoint),
  })
  .meta({ id: 'SummaryReport' });
export type TSummaryReport = z.infer<typeof ZSummaryReport>;

export const FUNNEL_STEPS = ['proposed', 'introduced', 'trial', 'hired', 'durable'] as const;
export const ZFunnelStep = z.enum(FUNNEL_STEPS);
export type TFunnelStep = z.infer<typeof ZFunnelStep>;

export const ZFunnelQuery = ZReportScopeQuery.extend({ from: ZDate.optional(), to: ZDate.optional() });
export type TFunnelQuery = z.infer<typeof ZFunnelQuery>;

export const ZFunnelReport = z
  .object({
    scope: ZReportScope,
    steps: z.array(
      z.object({
        step: ZFunnelStep,
        people: ZPeopleCount,
        // Share of the previous step that reached this one, in basis points; null when either is suppressed.
        conversionBasisPoints: z.number().int().nullable(),
      }),
    ),
  })
  .meta({ id: 'FunnelReport' });
export type TFunnelReport = z.infer<typeof ZFunnelReport>;
