import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import {
  CONTRACT_TYPES,
  EMPLOYMENT_SITUATIONS,
  EXIT_REASONS,
  MATCH_CONSTRAINTS,
  MATCH_FACTORS,
  MATCH_STAGES,
  PIPELINE_ACTORS,
  TIMELINE_EVENTS,
} from '../contract';

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
    /** A step that did not change the stage (an introduction asked for). */
    event: { type: String, enum: TIMELINE_EVENTS, default: null },
  },
  { _id: false },
);

const person = {
  byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
  byName: { type: String, required: true },
} as const;

/** The interview: Dutch date and clock times, the place, and how often it was moved (the .ics SEQUENCE). */
const interviewSchema = new Schema(
  {
    date: { type: String, required: true },
    startTime: { type: String, required: true },
    endTime: { type: String, required: true },
    location: { type: String, required: true },
    sequence: { type: Number, default: 0 },
  },
  { _id: false },
);

/** The consultant's request to introduce the candidate, and the candidate's answer. */
const introductionSchema = new Schema(
  {
    requestedAt: { type: Date, required: true },
    ...person,
    consent: {
      type: new Schema(
        {
          given: { type: Boolean, required: true },
          at: { type: Date, required: true },
          inPerson: Boolean,
          ...person,
        },
        { _id: false },
      ),
      default: null,
    },
  },
  { _id: false },
);

const rating = { type: Number, min: 1, max: 5, required: true } as const;
const trialSchema = new Schema(
  {
    startDate: { type: String, required: true },
    plannedEnd: { type: String, required: true },
    longerReason: { type: String, default: null },
    intentToEmploy: { type: Boolean, required: true },
    checkIns: {
      type: [
        new Schema({
          date: { type: String, required: true },
          ratings: new Schema(
            { attendance: rating, attitude: rating, skills: rating, fit: rating },
            { _id: false },
          ),
          note: { type: String, default: '' },
          role: { type: String, enum: PIPELINE_ACTORS, required: true },
          at: { type: Date, required: true },
          ...person,
        }),
      ],
      default: [],
    },
    extensions: {
      type: [
        new Schema(
          { plannedEnd: String, reason: String, at: { type: Date, required: true }, ...person },
          { _id: false },
        ),
      ],
      default: [],
    },
    outcome: { type: String, enum: ['hired', 'stopped'], default: null },
    // The last day of a stopped trial: it counts up to this day.
    stoppedOn: { type: String, default: null },
  },
  { _id: false },
);

// What the valuation reads of the person, fixed on the employment's first day (never presented).
const employmentPersonSchema = new Schema(
  {
    situation: { type: String, enum: EMPLOYMENT_SITUATIONS, required: true },
    benefitMonths: { type: Number, required: true },
    age50Plus: { type: Boolean, required: true },
    age55Plus: { type: Boolean, required: true },
    statusHolder: { type: Boolean, required: true },
  },
  { _id: false },
);

const employmentSchema = new Schema(
  {
    startDate: { type: String, required: true },
    contractType: { type: String, enum: CONTRACT_TYPES, required: true },
    hoursPerWeek: { type: Number, required: true },
    plannedEnd: { type: String, default: null },
    // The MBO level (1–4) of a BBL apprenticeship's training.
    mboLevel: { type: Number, default: null },
    person: { type: employmentPersonSchema, default: null },
    aftercare: {
      type: [
        new Schema(
          {
            month: { type: Number, required: true },
            dueDate: { type: String, required: true },
            doneAt: { type: Date, default: null },
            stillEmployed: { type: Boolean, default: null },
            note: { type: String, default: '' },
            byId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
            byName: { type: String, default: null },
          },
          { _id: false },
        ),
      ],
      default: [],
    },
    durable: { type: Boolean, default: false },
    ended: {
      type: new Schema({ date: String, reason: String }, { _id: false }),
      default: null,
    },
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
    source: { type: String, enum: ['proposal', 'manual', 'interest'], required: true },
    score: { type: scoreSchema, default: null },
    // Where the candidate stood in the list of proposals (fairness report: mean rank per group).
    proposalRank: { type: Number, default: null },
    overriddenConstraints: { type: [String], enum: MATCH_CONSTRAINTS, default: [] },
    dismissal: {
      type: new Schema(
        {
          reason: { type: String, enum: EXIT_REASONS, required: true },
          note: { type: String, default: '' },
          by: { type: String, enum: PIPELINE_ACTORS, default: 'consultant' },
        },
        { _id: false },
      ),
      default: null,
    },
    timeline: { type: [timelineEntrySchema], default: [] },
    introduction: { type: introductionSchema, default: null },
    interview: { type: interviewSchema, default: null },
    trial: { type: trialSchema, default: null },
    employment: { type: employmentSchema, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
matchSchema.index({ placeId: 1, candidateId: 1 }, { unique: true });
matchSchema.index({ candidateId: 1 });
matchSchema.index({ contractorId: 1 });
matchSchema.index({ stage: 1 });

export type MatchDoc = InferSchemaType<typeof matchSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const MatchModel = model('Match', matchSchema);
