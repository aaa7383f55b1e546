import { searchSyncFields, searchSyncPlugin } from '../search-sync/search-sync.plugin';
import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import {
  EDUCATION_LEVELS,
  LANGUAGE_LEVELS,
  PLACE_KINDS,
  PLACE_STATUSES,
  SECTORS,
  SUPPORT_KINDS,
} from '../contract';
import { addressSchema } from '../organisations/organisations.model';

const occupationSchema = new Schema(
  { iscoCode: { type: String, required: true }, label: { type: String, required: true } },
  { _id: false },
);

const hoursSchema = new Schema(
  { min: { type: Number, required: true }, max: { type: Number, required: true } },
  { _id: false },
);

const requirementsSchema = new Schema(
  {
    drivingLicence: { type: Boolean, default: false },
    dutchLevel: { type: String, enum: [...LANGUAGE_LEVELS, null], default: null },
    educationLevel: { type: String, enum: [...EDUCATION_LEVELS, null], default: null },
  },
  { _id: false },
);

/** One status change, kept with the place (who published, paused or closed it, and when). */
const historyEntrySchema = new Schema(
  {
    from: { type: String, enum: [...PLACE_STATUSES, null], default: null },
    to: { type: String, enum: PLACE_STATUSES, required: true },
    at: { type: Date, required: true },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    byName: { type: String, required: true },
  },
  { _id: false },
);

/** A consultant's confirmation that a place at a contractor with a displacement flag is additional work. */
const displacementConfirmationSchema = new Schema(
  {
    at: { type: Date, required: true },
    byId: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    byName: { type: String, required: true },
    note: { type: String, required: true },
  },
  { _id: false },
);

/** A place (plek) a contractor offers: a job, internship, work-experience place or apprenticeship (BBL). */
const placeSchema = new Schema(
  {
    contractorId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    // The SROI contract the place counts for, always one of the contractor's own.
    contractId: { type: Schema.Types.ObjectId, ref: 'Contract', default: null },
    // Where candidates see it: the region of the work location's municipality, else the contractor's.
    regionId: { type: Schema.Types.ObjectId, ref: 'Region', default: null },
    kind: { type: String, enum: PLACE_KINDS, required: true },
    title: { type: String, required: true, trim: true },
    description: { type: String, default: '' },
    occupation: { type: occupationSchema, default: null },
    sector: { type: String, enum: [...SECTORS, null], default: null },
    requiredSkills: { type: [String], default: [] },
    desirableSkills: { type: [String], default: [] },
    hours: { type: hoursSchema, default: null },
    location: { type: addressSchema, default: null },
    startDate: { type: String, default: null },
    durationMonths: { type: Number, default: null },
    positions: { type: Number, default: 1, min: 1 },
    requirements: { type: requirementsSchema, default: () => ({}) },
    support: { type: [String], enum: SUPPORT_KINDS, default: [] },
    status: { type: String, enum: PLACE_STATUSES, required: true, default: 'draft' },
    statusChangedAt: { type: Date, default: null },
    history: { type: [historyEntrySchema], default: [] },
    displacementConfirmation: { type: displacementConfirmationSchema, default: null },
    // Task bundling: a combined place lists its parts; each part points to the combined place.
    bundlePartIds: { type: [Schema.Types.ObjectId], ref: 'Place', default: undefined },
    bundledIntoId: { type: Schema.Types.ObjectId, ref: 'Place', default: null },
    createdBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    createdByName: { type: String, required: true },
    ...searchSyncFields,
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
placeSchema.index({ contractorId: 1, status: 1, createdAt: -1 });
placeSchema.index({ regionId: 1, status: 1 });
placeSchema.index({ contractId: 1 });
// searchVersion, indexedVersion and searchDirty: every change reaches the search index (see the plugin).
placeSchema.plugin(searchSyncPlugin);

export type PlaceDoc = InferSchemaType<typeof placeSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const PlaceModel = model('Place', placeSchema);
