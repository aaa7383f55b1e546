import { Schema, model, type Types } from 'mongoose';
import type { TRuleSetValues } from '../contract';

/**
 * One version of a region's valuation rule set. Versions are never changed once stored: a change is a
 * new version, so each credit can name the version that valued it. The values are validated with
 * `ZRuleSetValues` before they are stored, and kept as that plain object.
 */
const ruleSetSchema = new Schema(
  {
    regionId: { type: Schema.Types.ObjectId, ref: 'Region', required: true },
    name: { type: String, required: true, trim: true },
    // 1, 2, 3 … per region.
    version: { type: Number, required: true },
    // In force for efforts and placements from this date (`YYYY-MM-DD`) until a later version's date.
    effectiveFrom: { type: String, required: true },
    note: { type: String, default: '' },
    values: { type: Schema.Types.Mixed, required: true },
    createdById: { type: Schema.Types.ObjectId, ref: 'User', default: null },
    createdByName: { type: String, required: true },
  },
  { timestamps: true, minimize: false },
);
ruleSetSchema.index({ regionId: 1, version: 1 }, { unique: true });
ruleSetSchema.index({ regionId: 1, effectiveFrom: 1 });

export interface RuleSetDoc {
  _id: Types.ObjectId;
  regionId: Types.ObjectId;
  name: string;
  version: number;
  effectiveFrom: string;
  note: string;
  values: TRuleSetValues;
  createdById: Types.ObjectId | null;
  createdByName: string;
  createdAt: Date;
  updatedAt: Date;
}
export const RuleSetModel = model('RuleSet', ruleSetSchema);
