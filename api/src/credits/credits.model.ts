import { Schema, model, type Types } from 'mongoose';
import { CREDIT_SOURCES, type TCreditHistoryEntry, type TCreditSource } from '../contract';
import type { ValuedLine } from '../valuation/credit-lines';

const ruleSetReference = new Schema(
  {
    id: { type: Schema.Types.ObjectId, ref: 'RuleSet', required: true },
    name: { type: String, required: true },
    version: { type: Number, required: true },
  },
  { _id: false },
);

/**
 * What a placement or an accepted effort counts for on a contract: its building blocks (lines) as
 * valued by the rule set in force on its date. The lines say how the value accrues, so the credit on
 * any day is computed from them (creditCentsAt); the history keeps each revaluation.
 */
const creditSchema = new Schema(
  {
    // `match:<id>` or `effort:<id>`: one credit per source (a unique key that is never null).
    sourceKey: { type: String, required: true },
    source: { type: String, enum: CREDIT_SOURCES, required: true },
    matchId: { type: Schema.Types.ObjectId, ref: 'Match', default: null },
    effortId: { type: Schema.Types.ObjectId, ref: 'Effort', default: null },
    candidateId: { type: Schema.Types.ObjectId, ref: 'Candidate', default: null },
    placeId: { type: Schema.Types.ObjectId, ref: 'Place', default: null },
    contractId: { type: Schema.Types.ObjectId, ref: 'Contract', required: true },
    regionId: { type: Schema.Types.ObjectId, ref: 'Region', default: null },
    municipalityId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    contractorId: { type: Schema.Types.ObjectId, ref: 'Organisation', required: true },
    // The place's kind or the effort's kind.
    kind: { type: String, required: true },
    label: { type: String, required: true },
    // The candidate's target groups when valued (statistics per group, kept after erasure); [] for efforts.
    targetGroups: { type: [String], default: [] },
    date: { type: String, required: true },
    lines: { type: [Schema.Types.Mixed], default: [] },
    ruleSet: { type: ruleSetReference, default: null },
    history: { type: [Schema.Types.Mixed], default: [] },
  },
  { timestamps: true, minimize: false },
);
creditSchema.index({ sourceKey: 1 }, { unique: true });
creditSchema.index({ contractId: 1 });
creditSchema.index({ regionId: 1 });

export interface CreditDoc {
  _id: Types.ObjectId;
  sourceKey: string;
  source: TCreditSource;
  matchId: Types.ObjectId | null;
  effortId: Types.ObjectId | null;
  candidateId: Types.ObjectId | null;
  placeId: Types.ObjectId | null;
  contractId: Types.ObjectId;
  regionId: Types.ObjectId | null;
  municipalityId: Types.ObjectId;
  contractorId: Types.ObjectId;
  kind: string;
  label: string;
  targetGroups: string[];
  date: string;
  lines: ValuedLine[];
  ruleSet: { id: Types.ObjectId; name: string; version: number } | null;
  history: Array<Omit<TCreditHistoryEntry, 'ruleSet' | 'at'> & { at: Date; ruleSet: CreditDoc['ruleSet'] }>;
  createdAt: Date;
  updatedAt: Date;
}
export const CreditModel = model('Credit', creditSchema);
