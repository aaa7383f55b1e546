import { Schema, model } from 'mongoose';

/**
 * The evidence file of an effort (an invoice, a certificate), kept apart from the effort so lists
 * never load it. At most 5 MB, well within a MongoDB document.
 */
const effortEvidenceSchema = new Schema(
  {
    effortId: { type: Schema.Types.ObjectId, ref: 'Effort', required: true },
    filename: { type: String, required: true },
    contentType: { type: String, required: true },
    data: { type: Buffer, required: true },
  },
  { timestamps: true },
);
effortEvidenceSchema.index({ effortId: 1 }, { unique: true });

export const EffortEvidenceModel = model('EffortEvidence', effortEvidenceSchema);
