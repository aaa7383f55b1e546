import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { CONTRACT_STATUSES, TARGET_GROUPS } from '../contract';

// The statuses live in the API contract (the client shows them); re-exported for code that used the model's.
export { CONTRACT_STATUSES };

/** An SROI obligation: the share of a contract's value the contractor spends on social return. */
const contractSchema = new Schema(
  {
    municipalityId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    contractorId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    // The region of the awarding municipality: its consultants follow the contract.
    regionId: { type: Schema.Types.ObjectId, ref: 'Region', default: null },
    title: { type: String, required: true, trim: true },
    reference: { type: String, required: true, trim: true },
    valueCents: { type: Number, required: true },
    // Basis points (250 = 2.5 %), so percentages stay exact integers.
    sroiBasisPoints: { type: Number, required: true },
    // Derived on the server from value × percentage; never accepted from a client.
    obligationCents: { type: Number, required: true },
    startDate: { type: String, required: true },
    endDate: { type: String, required: true },
    realisationDeadline: { type: String, required: true },
    labourIntensive: { type: Boolean, default: false },
    preferredTargetGroups: { type: [String], enum: TARGET_GROUPS, default: [] },
    status: { type: String, enum: CONTRACT_STATUSES, required: true, default: 'draft' },
    statusChangedAt: { type: Date, default: null },
    // When the parties were told the contract is behind pace in its last three months (once).
    behindPaceAlertedAt: { type: Date, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
contractSchema.index({ municipalityId: 1, reference: 1 }, { unique: true });
contractSchema.index({ contractorId: 1, status: 1 });
contractSchema.index({ regionId: 1, status: 1 });

export type ContractDoc = InferSchemaType<typeof contractSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const ContractModel = model('Contract', contractSchema);
