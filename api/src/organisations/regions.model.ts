import { forgetSessionUsersOnWrite } from '../http/session-user-cache';
import { Schema, model, type InferSchemaType, type Types } from 'mongoose';

const regionSchema = new Schema(
  {
    name: { type: String, required: true, trim: true },
    // One region per service point: its consultants see everything in it.
    servicePointId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true, unique: true },
    municipalityIds: { type: [Schema.Types.ObjectId], ref: 'Organisation', default: [] },
    version: { type: Number, default: 0 },
  },
  { timestamps: true },
);
regionSchema.index({ municipalityIds: 1 });

export type RegionDoc = InferSchemaType<typeof regionSchema> & { _id: Types.ObjectId };
// Signed-in users carry their role, organisation and region: a change must not wait for the cache.
forgetSessionUsersOnWrite(regionSchema);
export const RegionModel = model('Region', regionSchema);
