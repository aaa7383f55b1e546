import { z } from 'zod';
import { ZObjectId, ZPageQuery, ZSearchText, whenValid } from './common';
import { ZDate, ZTargetGroup } from './domain';
import { ZOrganisationSummary } from './organisations';

export const CONTRACT_STATUSES = ['draft', 'active', 'fulfilled', 'overdue', 'closed'] as const;
export const ZContractStatus = z.enum(CONTRACT_STATUSES);
export type TContractStatus = z.infer<typeof ZContractStatus>;

/** What a consultant can do to a contract by hand; fulfilled and overdue are reached automatically. */
export const CONTRACT_ACTIONS = ['activate', 'close'] as const;
export const ZContractAction = z.enum(CONTRACT_ACTIONS);
export type TContractAction = z.infer<typeof ZContractAction>;

/** Money in whole euro cents: integers keep amounts exact (`z.int()` also keeps them below 2^53). */
export const ZCents = z.number().int().min(1, 'The amount must be at least one cent');

/** True when a percentage has at most two decimals (2.5 and 2.55, not 2.555). */
export function hasAtMostTwoDecimals(value: number): boolean {
  const scaled = value * 100;
  // Binary floating point stores 2.55 as 2.5499…; a tolerance far below one hundredth absorbs that.
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** Basis points (1/100 of a percent) keep the SROI percentage an exact integer: 2.5 % is 250. */
export function percentageToBasisPoints(percentage: number): number {
  return Math.round(percentage * 100);
}

export function basisPointsToPercentage(basisPoints: number): number {
  return basisPoints / 100;
}

/** The SROI percentage as people write it: 0.01 to 100, at most two decimals (e.g. 2.5). */
export const ZSroiPercentage = z
  .number()
  .min(0.01, 'The percentage must be at least 0.01')
  .max(100, 'The percentage cannot exceed 100')
  .refine(hasAtMostTwoDecimals, { message: 'Use at most two decimals', ...whenValid });

export interface ContractDates {
  startDate?: string | null;
  endDate?: string | null;
  realisationDeadline?: string | null;
}

const isDate = (value: unknown): value is string => ZDate.safeParse(value).success;

/**
 * The order of a contract's dates: the end not before the start, the realisation deadline not
 * before the start. Missing or malformed dates are reported by their own field rules, not here.
 */
export function contractDateIssues(
  dates: ContractDates,
): Array<{ field: 'endDate' | 'realisationDeadline'; message: string }> {
  const issues: Array<{ field: 'endDate' | 'realisationDeadline'; message: string }> = [];
  const { startDate, endDate, realisationDeadline } = dates;
  if (!isDate(startDate)) return issues;
  // ISO dates compare correctly as strings.
  if (isDate(endDate) && endDate < startDate)
    issues.push({ field: 'endDate', message: 'The end date cannot be before the start date' });
  if (isDate(realisationDeadline) && realisationDeadline < startDate) {
    issues.push({
      field: 'realisationDeadline',
      message: 'The realisation deadline cannot be before the start date',
    });
  }
  return issues;
}

const contractFields = {
  municipalityId: ZObjectId,
  contractorId: ZObjectId,
  title: z.string().trim().min(3, 'Enter a title').max(200),
  reference: z.string().trim().min(1, 'Enter the contract reference').max(60),
  valueCents: ZCents,
  sroiPercentage: ZSroiPercentage,
  startDate: ZDate,
  endDate: ZDate,
  realisationDeadline: ZDate,
  labourIntensive: z.boolean(),
  preferredTargetGroups: z
    .array(ZTargetGroup)
    .max(10)
    .refine((groups) => new Set(groups).size === groups.length, {
      message: 'Each target group once',
      ...whenValid,
    }),
};

/** A new contract. The obligation is derived on the server, so `obligationCents` here is an unknown field. */
export const ZCreateContract = z
  .strictObject({
    ...contractFields,
    labourIntensive: contractFields.labourIntensive.default(false),
    preferredTargetGroups: contractFields.preferredTargetGroups.default([]),
  })
  .superRefine((value, ctx) => {
    for (const issue of contractDateIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  }, whenValid);
export type TCreateContract = z.infer<typeof ZCreateContract>;

/** Changes to a draft or active contract; the status only moves through the transition routes. */
export const ZUpdateContract = z
  .strictObject(contractFields)
  .partial()
  .extend({ version: z.number().int().min(0) })
  .superRefine((value, ctx) => {
    for (const issue of contractDateIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  }, whenValid);
export type TUpdateContract = z.infer<typeof ZUpdateContract>;

/** Body of activate and close: the version the consultant saw, so two clicks cannot both win. */
export const ZContractTransition = z.strictObject({ version: z.number().int().min(0) });
export type TContractTransition = z.infer<typeof ZContractTransition>;

export const ZContract = z
  .object({
    id: ZObjectId,
    municipality: ZOrganisationSummary,
    contractor: ZOrganisationSummary,
    title: z.string(),
    reference: z.string(),
    valueCents: z.number().int(),
    sroiPercentage: z.number(),
    obligationCents: z.number().int(),
    startDate: z.string(),
    endDate: z.string(),
    realisationDeadline: z.string(),
    labourIntensive: z.boolean(),
    preferredTargetGroups: z.array(ZTargetGroup),
    status: ZContractStatus,
    statusChangedAt: z.string().nullable(),
    allowedActions: z
      .array(ZContractAction)
      .meta({ description: 'What the caller may do to the contract now (empty for read-only roles)' }),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Contract' });
export type TContract = z.infer<typeof ZContract>;

export const CONTRACT_SORTS = [
  'title',
  '-title',
  'reference',
  '-reference',
  'startDate',
  '-startDate',
  'realisationDeadline',
  '-realisationDeadline',
  'obligationCents',
  '-obligationCents',
] as const;

export const ZContractListQuery = ZPageQuery.extend({
  status: ZContractStatus.optional(),
  municipalityId: ZObjectId.optional(),
  contractorId: ZObjectId.optional(),
  q: ZSearchText.optional(),
  sort: z.enum(CONTRACT_SORTS).default('title'),
});
export type TContractListQuery = z.infer<typeof ZContractListQuery>;
