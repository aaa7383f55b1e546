import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { AUDIT_ACTIONS, ROLES } from '../contract';

/**
 * Append-only: who read, exported or erased which candidate's sensitive data, and when; and who
 * reset which user's second factor (those name the user instead of a candidate).
 */
const auditEntrySchema = new Schema({
  action: { type: String, enum: AUDIT_ACTIONS, required: true },
  actorId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  actorName: { type: String, required: true },
  actorRole: { type: String, enum: ROLES, required: true },
  candidateId: { type: Schema.Types.ObjectId, default: null },
  userId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
  at: { type: Date, required: true },
});
auditEntrySchema.index({ candidateId: 1, at: -1 });
auditEntrySchema.index({ actorId: 1, at: -1 });
auditEntrySchema.index({ at: -1 });

export type AuditEntryDoc = InferSchemaType<typeof auditEntrySchema> & { _id: Types.ObjectId };
export const AuditEntryModel = model('AuditEntry', auditEntrySchema);
