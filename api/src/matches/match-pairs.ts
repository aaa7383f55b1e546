import mongoose, { type Model, type Types } from 'mongoose';
import { isFerretDb } from '../database/connect';

type Id = Types.ObjectId | string;
type PairDoc = {
  _id: Types.ObjectId;
  placeId: Types.ObjectId;
  candidateId: Types.ObjectId;
  contractorId: Types.ObjectId;
  stage: string;
};

/** What a contract's pipeline needs of a match, without reading it. */
export interface MatchSummary {
  id: string;
  placeId: string;
  candidateId: string;
  stage: string;
}

// Looked up when used: matches.model.ts registers this module's hooks, so it cannot be imported here.
const matches = () => mongoose.model('Match') as Model<PairDoc>;

/**
 * Which candidate already has a match for which place: proposals leave them out, recommendations
 * leave out the places, and a second match for a pair is refused.
 *
 * On MongoDB that is one indexed query each time. FerretDB's SQLite backend uses no index for any
 * filter but `_id` and decodes every match to answer `{ placeId }` (too slow for proposals, see
 * docs/benchmarks.md), so there the pairs are read once per process with one projected scan and kept
 * up to date by the model's hooks on every match this process stores. FerretDB runs one API process
 * (README), so no other process adds matches behind its back. Hand-written because it is this
 * project's workaround for that backend, not a general cache.
 */
interface Pairs {
  byPlace: Map<string, Set<string>>;
  byCandidate: Map<string, Set<string>>;
  /** Contractor → match id → the match's summary (its stage kept by the hooks). */
  byContractor: Map<string, Map<string, MatchSummary>>;
  /**
   * One copy of each place, candidate and contractor id and stage: each match read from MongoDB brings
   * its own copy of every one of them, and the collector walks them all at each full collection.
   */
  shared: Map<string, string>;
}

function shared(into: Pairs, value: string): string {
  const known = into.shared.get(value);
  if (known !== undefined) return known;
  into.shared.set(value, value);
  return value;
}

let pairs: Pairs | null = null;
let loading: Promise<Pairs> | null = null;
/** Matches stored while the scan runs: it may or may not have seen them. */
let storedDuringLoad: PairDoc[] = [];

function add(into: Pairs, match: PairDoc) {
  const placeId = shared(into, String(match.placeId));
  const candidateId = shared(into, String(match.candidateId));
  if (!into.byPlace.has(placeId)) into.byPlace.set(placeId, new Set());
  into.byPlace.get(placeId)!.add(candidateId);
  if (!into.byCandidate.has(candidateId)) into.byCandidate.set(candidateId, new Set());
  into.byCandidate.get(candidateId)!.add(placeId);
  if (!match._id || !match.contractorId) return;
  const contractorId = shared(into, String(match.contractorId));
  if (!into.byContractor.has(contractorId)) into.byContractor.set(contractorId, new Map());
  const id = String(match._id);
  const stage = shared(into, match.stage);
  into.byContractor.get(contractorId)!.set(id, { id, placeId, candidateId, stage });
}

async function load(): Promise<Pairs> {
  const loaded: Pairs = {
    byPlace: new Map(),
    byCandidate: new Map(),
    byContractor: new Map(),
    shared: new Map(),
  };
  const projection = { placeId: 1, candidateId: 1, contractorId: 1, stage: 1 };
  for await (const m of matches().collection.find({}, { projection })) add(loaded, m as PairDoc);
  for (const match of storedDuringLoad) add(loaded, match);
  storedDuringLoad = [];
  return loaded;
}

function loadedPairs(): Promise<Pairs> {
  if (pairs) return Promise.resolve(pairs);
  loading ??= load().then(
    (loaded) => {
      pairs = loaded;
      loading = null;
      return loaded;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** On FerretDB, reads the pairs now rather than at the first request that needs them. */
export async function loadMatchPairs(): Promise<void> {
  if (isFerretDb()) await loadedPairs();
}

/** The ids of candidates with a match for this place. */
export async function candidatesMatchedTo(placeId: Id): Promise<Set<string>> {
  if (!isFerretDb()) {
    const found = await matches().find({ placeId }).select({ candidateId: 1 }).lean();
    return new Set(found.map((m) => String(m.candidateId)));
  }
  return new Set((await loadedPairs()).byPlace.get(String(placeId)));
}

/** The ids of places this candidate has a match for. */
export async function placesMatchedTo(candidateId: Id): Promise<Set<string>> {
  if (!isFerretDb()) {
    const found = await matches().find({ candidateId }).select({ placeId: 1 }).lean();
    return new Set(found.map((m) => String(m.placeId)));
  }
  return new Set((await loadedPairs()).byCandidate.get(String(candidateId)));
}

export async function hasMatch(placeId: Id, candidateId: Id): Promise<boolean> {
  return (await candidatesMatchedTo(placeId)).has(String(candidateId));
}

/** The matches of a contractor at these stages. */
export async function contractorMatchesAt(
  contractorId: Id,
  stages: readonly string[],
): Promise<MatchSummary[]> {
  if (!isFerretDb()) {
    const found = await matches()
      .find({ contractorId, stage: { $in: stages } })
      .select({ placeId: 1, candidateId: 1, stage: 1 })
      .lean();
    return found.map((m) => ({
      id: String(m._id),
      placeId: String(m.placeId),
      candidateId: String(m.candidateId),
      stage: m.stage,
    }));
  }
  const ofContractor = (await loadedPairs()).byContractor.get(String(contractorId));
  return [...(ofContractor?.values() ?? [])].filter((m) => stages.includes(m.stage)).map((m) => ({ ...m }));
}

/** A match was stored or changed in this process (the model's hooks); `null` when nothing was found. */
export function rememberMatch(match: PairDoc | null | undefined): void {
  if (!match?.placeId || !match.candidateId) return;
  if (pairs) add(pairs, match);
  else if (loading) storedDuringLoad.push(match);
}

/** Matches were removed or written around the model (tests, the scale generator): read them again. */
export function forgetMatchPairs(): void {
  pairs = null;
  loading = null;
  storedDuringLoad = [];
}
