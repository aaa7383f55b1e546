import { z } from 'zod';
import { ZObjectId, ZPageQuery, ZRole } from './common';

export const AUDIT_ACTIONS = ['read_sensitive', 'export', 'erase', 'reset_second_factor'] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);
export type TAuditAction = z.infer<typeof ZAuditAction>;

export const ZAuditEntry = z
  .object({
    id: ZObjectId,
    action: ZAuditAction,
    actor: z.object({ id: ZObjectId, name: z.string(), role: ZRole }),
    candidateId: ZObjectId.nullable(),
    /** The user acted on (a second factor reset); null for entries about a candidate. */
    userId: ZObjectId.nullable(),
    at: z.string(),
  })
  .meta({ id: 'AuditEntry' });
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditListQuery = ZPageQuery.extend({
  candidateId: ZObjectId.optional(),
  actorId: ZObjectId.optional(),
  action: ZAuditAction.optional(),
});
export type TAuditListQuery = z.infer<typeof ZAuditListQuery>;
