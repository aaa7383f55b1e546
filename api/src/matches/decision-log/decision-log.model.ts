import { Schema, model, type InferSchemaType, type Types } from 'mongoose';

/**
 * What a consultant (or a candidate) was shown: one list of proposals or recommendations, kept for a
 * configured period so any decision can be reconstructed (issue 21). Removed by maintenance, not by a
 * TTL index (FerretDB has none).
 */
const decisionLogSchema = new Schema({
  kind: { type: String, enum: ['proposals', 'recommendations'], required: true },
  shownAt: { type: Date, required: true },
  userId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  userName: { type: String, required: true },
  role: { type: String, required: true },
  regionId: { type: Schema.Types.ObjectId, ref: 'Region', default: null },
  placeId: { type: Schema.Types.ObjectId, ref: 'Place', default: null },
  candidateId: { type: Schema.Types.ObjectId, ref: 'Candidate', default: null },
  items: {
    type: [new Schema({ id: { type: String, required: true }, rank: Number, score: Number }, { _id: false })],
    default: [],
  },
  weights: { type: Schema.Types.Mixed, required: true },
  weightsVersion: { type: String, required: true },
});
decisionLogSchema.index({ shownAt: 1 });
decisionLogSchema.index({ regionId: 1, shownAt: -1 });

export type DecisionLogDoc = InferSchemaType<typeof decisionLogSchema> & { _id: Types.ObjectId };
export const DecisionLogModel = model('DecisionLog', decisionLogSchema);
