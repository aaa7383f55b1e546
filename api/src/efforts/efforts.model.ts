import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { EFFORT_KINDS, EFFORT_STATUSES } from '../contract';

const person = {
  byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  byName: { type: String, required: true },
} as const;

/**
 * Other social effort: a purchase at a social enterprise, a project contribution, practical support
 * or volunteering that a contractor submits with evidence. The contract's parties and region are
 * copied from the contract, so every list is scoped without a join.
 */
const effortSchema = new Schema(
  {
    contractId: { type: Schema.Types.ObjectId, ref: 'Contract', required: true },
    contractorId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    municipalityId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    regionId: { type: Schema.Types.ObjectId, ref: 'Region', default: null },
    kind: { type: String, enum: EFFORT_KINDS, required: true },
    description: { type: String, required: true },
    date: { type: String, required: true },
    amountCents: { type: Number, default: null },
    hours: { type: Number, default: null },
    socialEnterpriseId: { type: Schema.Types.ObjectId, ref: 'Organisation', default: null },
    evidence: { type: String, required: true },
    evidenceFile: {
      type: new Schema(
        { filename: String, contentType: String, size: Number, uploadedAt: Date },
        { _id: false },
      ),
      default: null,
    },
    status: { type: String, enum: EFFORT_STATUSES, required: true, default: 'submitted' },
    submittedBy: { type: new Schema(person, { _id: false }), required: true },
    submittedAt: { type: Date, required: true },
    decision: {
      type: new Schema(
        { ...person, at: { type: Date, required: true }, note: { type: String, default: '' } },
        { _id: false },
      ),
      default: null,
    },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
effortSchema.index({ contractId: 1, status: 1 });
effortSchema.index({ contractorId: 1, status: 1 });
effortSchema.index({ regionId: 1, status: 1 });
effortSchema.index({ municipalityId: 1, status: 1 });

export type EffortDoc = InferSchemaType<typeof effortSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const EffortModel = model('Effort', effortSchema);
