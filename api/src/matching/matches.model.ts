import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { DISMISS_REASONS, MATCH_CONSTRAINTS, MATCH_FACTORS, MATCH_STAGES } from '../contract';

const reasonSchema = new Schema(
  {
    factor: { type: String, enum: MATCH_FACTORS, required: true },
    points: { type: Number, required: true },
    maxPoints: { type: Number, required: true },
    params: { type: Schema.Types.Mixed, default: {} },
  },
  { _id: false },
);

const scoreSchema = new Schema(
  {
    score: { type: Number, required: true },
    distanceKm: { type: Number, required: true },
    reasons: { type: [reasonSchema], default: [] },
  },
  { _id: false },
);

/** One step of a match: who moved it to which stage, when, and why. */
const timelineEntrySchema = new Schema(
  {
    stage: { type: String, enum: MATCH_STAGES, required: true },
    at: { type: Date, required: true },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    byName: { type: String, required: true },
    note: { type: String, default: '' },
  },
  { _id: false },
);

/**
 * A match: one candidate for one place, from the moment a consultant acts on a proposal (or adds the
 * candidate by hand). A pair has at most one match, so a dismissed candidate is not proposed again.
 */
const matchSchema = new Schema(
  {
    placeId: { type: Schema.Types.ObjectId, ref: 'Place', required: true },
    candidateId: { type: Schema.Types.ObjectId, ref: 'Candidate', required: true },
    regionId: { type: Schema.Types.ObjectId, ref: 'Region', required: true },
    contractorId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    stage: { type: String, enum: MATCH_STAGES, required: true },
    source: { type: String, enum: ['proposal', 'manual'], required: true },
    score: { type: scoreSchema, default: null },
    overriddenConstraints: { type: [String], enum: MATCH_CONSTRAINTS, default: [] },
    dismissal: {
      type: new Schema(
        {
          reason: { type: String, enum: DISMISS_REASONS, required: true },
          note: { type: String, default: '' },
        },
        { _id: false },
      ),
      default: null,
    },
    timeline: { type: [timelineEntrySchema], default: [] },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
matchSchema.index({ placeId: 1, candidateId: 1 }, { unique: true });
matchSchema.index({ candidateId: 1 });

export type MatchDoc = InferSchemaType<typeof matchSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const MatchModel = model('Match', matchSchema);
