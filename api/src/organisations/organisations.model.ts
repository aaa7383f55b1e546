import { Schema, model, type InferSchemaType, type Types } from 'mongoose';
import { ORGANISATION_KINDS } from '../contract';

const organisationSchema = new Schema(
  {
    kind: { type: String, enum: ORGANISATION_KINDS, required: true },
    name: { type: String, required: true, trim: true },
    kvkNumber: { type: String, default: null },
    municipalityCode: { type: String, default: null },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
organisationSchema.index({ kind: 1, name: 1 });

export type OrganisationDoc = InferSchemaType<typeof organisationSchema> & { _id: Types.ObjectId };
export const OrganisationModel = model('Organisation', organisationSchema);
