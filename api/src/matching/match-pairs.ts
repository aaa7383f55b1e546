import mongoose, { type Model, type Types } from 'mongoose';
import { isFerretDb } from '../database/connect';

type Id = Types.ObjectId | string;
type PairDoc = { placeId: Types.ObjectId; candidateId: Types.ObjectId };

// Looked up when used: matches.model.ts registers this module's hooks, so it cannot be imported here.
const matches = () => mongoose.model('Match') as Model<PairDoc>;

/**
 * Which candidate already has a match for which place: proposals leave them out, recommendations
 * leave out the places, and a second match for a pair is refused.
 *
 * On MongoDB that is one indexed query each time. FerretDB's SQLite backend uses no index for any
 * filter but `_id` and decodes every match to answer `{ placeId }` (1.5 s at 5,000 matches, measured
 * with `npm run bench`), so there the pairs are read once per process with one projected scan and kept
 * up to date by the model's hooks on every match this process stores. FerretDB runs one API process
 * (README), so no other process adds matches behind its back. Hand-written because it is this
 * project's workaround for that backend, not a general cache.
 */
interface Pairs {
  byPlace: Map<string, Set<string>>;
  byCandidate: Map<string, Set<string>>;
}

let pairs: Pairs | null = null;
let loading: Promise<Pairs> | null = null;
/** Matches stored while the scan runs: it may or may not have seen them. */
let storedDuringLoad: Array<[string, string]> = [];

function add(into: Pairs, placeId: string, candidateId: string) {
  if (!into.byPlace.has(placeId)) into.byPlace.set(placeId, new Set());
  into.byPlace.get(placeId)!.add(candidateId);
  if (!into.byCandidate.has(candidateId)) into.byCandidate.set(candidateId, new Set());
  into.byCandidate.get(candidateId)!.add(placeId);
}

async function load(): Promise<Pairs> {
  const loaded: Pairs = { byPlace: new Map(), byCandidate: new Map() };
  const cursor = matches().collection.find({}, { projection: { placeId: 1, candidateId: 1 } });
  for await (const m of cursor) add(loaded, String(m.placeId), String(m.candidateId));
  for (const [placeId, candidateId] of storedDuringLoad) add(loaded, placeId, candidateId);
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

/** A match was stored in this process (the model's hook). */
export function rememberMatch(placeId: Id, candidateId: Id): void {
  if (pairs) add(pairs, String(placeId), String(candidateId));
  else if (loading) storedDuringLoad.push([String(placeId), String(candidateId)]);
}

/** Matches were removed or written around the model (tests, the scale generator): read them again. */
export function forgetMatchPairs(): void {
  pairs = null;
  loading = null;
  storedDuringLoad = [];
}
