import { searchSyncFields, searchSyncPlugin } from '../search-sync/search-sync.plugin';
import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import {
  BENEFIT_TYPES,
  CANDIDATE_CONSENT_KINDS,
  CANDIDATE_STATUSES,
  EDUCATION_LEVELS,
  LANGUAGE_LEVELS,
  PLACE_KINDS,
  ROLES,
  SECTORS,
  SUPPORT_KINDS,
  TARGET_GROUPS,
  TRAVEL_MODES,
} from '../contract';
import { addressSchema } from '../organisations/organisations.model';

const consentSchema = new Schema(
  {
    given: { type: Boolean, default: false },
    at: { type: Date, default: null },
    byId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    byName: { type: String, default: null },
    byRole: { type: String, enum: ROLES, default: null },
    inPerson: { type: Boolean, default: false },
  },
  { _id: false },
);

const consentChangeSchema = new Schema(
  {
    kind: { type: String, enum: CANDIDATE_CONSENT_KINDS, required: true },
    given: { type: Boolean, required: true },
    at: { type: Date, required: true },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    byName: { type: String, required: true },
    byRole: { type: String, enum: ROLES, required: true },
    inPerson: { type: Boolean, default: false },
  },
  { _id: false },
);

const workExperienceSchema = new Schema(
  {
    title: { type: String, required: true },
    employer: { type: String, required: true },
    iscoCode: { type: String, default: null },
    from: { type: String, required: true },
    to: { type: String, default: null },
    description: { type: String, default: null },
  },
  { _id: false },
);

const educationSchema = new Schema(
  {
    level: { type: String, enum: EDUCATION_LEVELS, required: true },
    programme: { type: String, required: true },
    completed: { type: Boolean, required: true },
    year: { type: Number, default: null },
  },
  { _id: false },
);

/**
 * A job seeker's profile. Personal fields are not `required` here on purpose: erasure (AVG) empties
 * them and keeps an anonymised record for SROI statistics; input is validated by the contract.
 */
const candidateSchema = new Schema(
  {
    firstName: { type: String, default: null },
    lastName: { type: String, default: null },
    // "first last" for searching and "last first" (lower case) for sorting by name.
    fullName: { type: String, default: null },
    sortName: { type: String, default: null },
    email: { type: String, default: null },
    phone: { type: String, default: null },
    address: { type: addressSchema, default: null },
    // Kept after erasure: statistics per municipality need it, and it identifies no one.
    municipalityCode: { type: String, default: null },
    regionId: { type: Schema.Types.ObjectId, ref: 'Region', required: true },
    servicePointId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    consultantId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    userId: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    skills: { type: [String], default: [] },
    occupations: {
      type: [new Schema({ iscoCode: String, label: String }, { _id: false })],
      default: [],
    },
    workExperience: { type: [workExperienceSchema], default: [] },
    education: { type: [educationSchema], default: [] },
    educationLevel: { type: String, enum: EDUCATION_LEVELS, default: null },
    dutchLevel: { type: String, enum: LANGUAGE_LEVELS, default: null },
    drivingLicence: { type: Boolean, default: null },
    hoursWanted: { type: new Schema({ min: Number, max: Number }, { _id: false }), default: null },
    availableFrom: { type: String, default: null },
    travel: {
      type: new Schema({ maxKm: Number, mode: { type: String, enum: TRAVEL_MODES } }, { _id: false }),
      default: null,
    },
    preferredSectors: { type: [String], enum: SECTORS, default: [] },
    preferredPlaceKinds: { type: [String], enum: PLACE_KINDS, default: [] },
    cvSummary: { type: String, default: null },
    targetGroups: { type: [String], enum: TARGET_GROUPS, default: [] },
    benefitType: { type: String, enum: BENEFIT_TYPES, default: 'none' },
    benefitSince: { type: String, default: null },
    birthDate: { type: String, default: null },
    supportNeeds: { type: [String], enum: SUPPORT_KINDS, default: [] },
    supportNote: { type: String, default: null },
    consent: {
      matching: { type: consentSchema, default: () => ({}) },
      sharing: { type: consentSchema, default: () => ({}) },
    },
    consentHistory: { type: [consentChangeSchema], default: [] },
    status: { type: String, enum: CANDIDATE_STATUSES, required: true, default: 'active' },
    // The date the current search started (YYYY-MM-DD): set on creation and on every return to active.
    waitingSince: { type: String, required: true },
    // The match whose trial or employment holds the candidate while `placed` (one at a time).
    placementMatchId: { type: Schema.Types.ObjectId, ref: 'Match', default: null },
    // Employment ended early: matching gives full waiting points until the candidate is hired again.
    priorityReplacement: { type: Boolean, default: false },
    erasedAt: { type: Date, default: null },
    ...searchSyncFields,
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
candidateSchema.index({ regionId: 1, erasedAt: 1, sortName: 1 });
candidateSchema.index({ regionId: 1, status: 1 });
candidateSchema.index({ consultantId: 1 });
candidateSchema.index({ userId: 1 });
candidateSchema.index({ municipalityCode: 1 });
// searchVersion, indexedVersion and searchDirty: every change reaches the search index (see the plugin).
candidateSchema.plugin(searchSyncPlugin);

export type CandidateDoc = InferSchemaType<typeof candidateSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const CandidateModel = model('Candidate', candidateSchema);
