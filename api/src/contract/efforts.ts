import { z } from 'zod';
import { ZObjectId, ZPageQuery } from './common';
import { ZCents } from './contracts';
import { ZDate } from './domain';
import { ZOrganisationSummary } from './organisations';

/**
 * Other social effort (issue 6): besides placements, a contractor realises its obligation by buying
 * from a social enterprise, contributing to a project, giving practical support or volunteering. It
 * submits the effort with evidence; a consultant accepts or rejects it; only accepted efforts count.
 */

export const EFFORT_KINDS = [
  'social_purchase',
  'project_contribution',
  'practical_support',
  'volunteering',
] as const;
export const ZEffortKind = z.enum(EFFORT_KINDS);
export type TEffortKind = z.infer<typeof ZEffortKind>;

export const EFFORT_STATUSES = ['submitted', 'accepted', 'rejected'] as const;
export const ZEffortStatus = z.enum(EFFORT_STATUSES);
export type TEffortStatus = z.infer<typeof ZEffortStatus>;

/** What the contractor says it did; the kind decides which of amount, hours and enterprise it needs. */
const effortFields = {
  kind: ZEffortKind,
  description: z.string().trim().min(3, 'Describe the effort').max(2000),
  // The day the effort was made (invoice date, the day of the lessons or the volunteering).
  date: ZDate,
  // Purchase: the invoice excluding VAT. Contribution and support: what it cost.
  amountCents: ZCents.nullable().default(null),
  // Volunteering: hours given.
  hours: z.number().int().min(1).max(100_000).nullable().default(null),
  // Purchase: the social enterprise bought from (an organisation of kind social_enterprise).
  socialEnterpriseId: ZObjectId.nullable().default(null),
  // The evidence in words: invoice number, what was delivered and where the proof can be checked.
  evidence: z.string().trim().min(3, 'Describe the evidence').max(2000),
};

type EffortShape = {
  kind: TEffortKind;
  amountCents: number | null;
  hours: number | null;
  socialEnterpriseId: string | null;
};

/** The fields each kind needs, reported at the field at fault. */
export function effortFieldIssues(effort: EffortShape): Array<{ field: keyof EffortShape; message: string }> {
  const issues: Array<{ field: keyof EffortShape; message: string }> = [];
  if (effort.kind === 'volunteering') {
    if (effort.hours === null) issues.push({ field: 'hours', message: 'Enter the hours volunteered' });
  } else if (effort.amountCents === null) {
    issues.push({ field: 'amountCents', message: 'Enter the amount excluding VAT' });
  }
  if (effort.kind === 'social_purchase' && effort.socialEnterpriseId === null)
    issues.push({ field: 'socialEnterpriseId', message: 'Choose the social enterprise' });
  return issues;
}

export const ZSubmitEffort = z
  .strictObject({ contractId: ZObjectId, ...effortFields })
  .superRefine((value, ctx) => {
    for (const issue of effortFieldIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });
export type TSubmitEffort = z.infer<typeof ZSubmitEffort>;

/** Changes to a submitted effort by its contractor, before a consultant decided. */
export const ZUpdateEffort = z
  .strictObject({ ...effortFields, version: z.number().int().min(0) })
  .superRefine((value, ctx) => {
    for (const issue of effortFieldIssues(value))
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
  });
export type TUpdateEffort = z.infer<typeof ZUpdateEffort>;

export const ZAcceptEffort = z.strictObject({
  version: z.number().int().min(0),
  note: z.string().trim().max(1000).default(''),
});
export type TAcceptEffort = z.infer<typeof ZAcceptEffort>;

export const ZRejectEffort = z.strictObject({
  version: z.number().int().min(0),
  reason: z.string().trim().min(3, 'Give the reason for rejecting').max(1000),
});
export type TRejectEffort = z.infer<typeof ZRejectEffort>;

export const ZEffortEvidenceFile = z.object({
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  uploadedAt: z.string(),
});

export const ZEffort = z
  .object({
    id: ZObjectId,
    contract: z.object({ id: ZObjectId, title: z.string(), reference: z.string() }),
    contractor: ZOrganisationSummary,
    socialEnterprise: ZOrganisationSummary.nullable(),
    kind: ZEffortKind,
    description: z.string(),
    date: z.string(),
    amountCents: z.number().int().nullable(),
    hours: z.number().int().nullable(),
    evidence: z.string(),
    evidenceFile: ZEffortEvidenceFile.nullable(),
    status: ZEffortStatus,
    submittedBy: z.string(),
    submittedAt: z.string(),
    decision: z
      .object({ by: z.string(), at: z.string(), note: z.string() })
      .nullable()
      .meta({ description: 'Who accepted or rejected it, and the reason (rejection) or note (acceptance)' }),
    // What the effort counts for on the contract once accepted (null before).
    creditCents: z.number().int().nullable(),
    allowedActions: z.array(z.enum(['edit', 'withdraw', 'accept', 'reject'])),
    version: z.number().int(),
  })
  .meta({ id: 'Effort' });
export type TEffort = z.infer<typeof ZEffort>;

export const ZEffortListQuery = ZPageQuery.extend({
  contractId: ZObjectId.optional(),
  contractorId: ZObjectId.optional(),
  status: ZEffortStatus.optional(),
  kind: ZEffortKind.optional(),
  sort: z.enum(['-date', 'date', '-submittedAt', 'submittedAt']).default('-submittedAt'),
});
export type TEffortListQuery = z.infer<typeof ZEffortListQuery>;

/** Evidence files: PDF or an image, at most 5 MB. */
export const EVIDENCE_CONTENT_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type TEvidenceContentType = (typeof EVIDENCE_CONTENT_TYPES)[number];
export const MAX_EVIDENCE_BYTES = 5 * 1024 * 1024;

/** The evidence file's name travels in the query; the file itself is the request body. */
export const ZEvidenceUploadQuery = z.strictObject({
  filename: z
    .string()
    .trim()
    .min(1, 'Give the file name')
    .max(200)
    // A name, not a path: no folders, no control characters.
    .refine(
      (name) => !/[/\\]/.test(name) && [...name].every((c) => c.charCodeAt(0) >= 32),
      'A file name without folders',
    ),
});
export type TEvidenceUploadQuery = z.infer<typeof ZEvidenceUploadQuery>;
