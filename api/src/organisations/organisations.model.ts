import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { ORGANISATION_KINDS } from '../contract';

export const geoPointSchema = new Schema({ lat: Number, lng: Number }, { _id: false });

export const addressSchema = new Schema(
  {
    street: { type: String, default: null },
    houseNumber: { type: String, default: null },
    postcode: { type: String, required: true },
    city: { type: String, default: null },
    municipalityCode: { type: String, default: null },
    location: { type: geoPointSchema, required: true },
  },
  { _id: false },
);

/** A recent collective dismissal: placements there need explicit consultant confirmation (no displacement). */
const displacementSchema = new Schema(
  {
    date: { type: String, required: true },
    note: { type: String, required: true },
    setBy: { type: Schema.Types.ObjectId, ref: 'User', required: true },
    setAt: { type: Date, required: true },
  },
  { _id: false },
);

const organisationSchema = new Schema(
  {
    kind: { type: String, enum: ORGANISATION_KINDS, required: true },
    name: { type: String, required: true, trim: true },
    kvkNumber: { type: String, default: null },
    municipalityCode: { type: String, default: null },
    address: { type: addressSchema, default: null },
    // The regions this organisation works in; a service point's consultants see organisations of their region.
    regionIds: { type: [Schema.Types.ObjectId], ref: 'Region', default: [] },
    displacement: { type: displacementSchema, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
organisationSchema.index({ kind: 1, name: 1 });
organisationSchema.index({ regionIds: 1, kind: 1 });
organisationSchema.index({ kvkNumber: 1 });
organisationSchema.index({ municipalityCode: 1 });

export type OrganisationDoc = InferSchemaType<typeof organisationSchema> & {
  _id: Types.ObjectId;
  createdAt: Date;
  updatedAt: Date;
};
export const OrganisationModel = model('Organisation', organisationSchema);
