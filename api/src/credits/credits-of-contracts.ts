import mongoose, { type Model, type Types } from 'mongoose';
import { isFerretDb } from '../database/connect';
import type { CreditDoc } from './credits.model';

type Id = Types.ObjectId | string;

// Looked up when used: credits.model.ts registers this module's hooks, so it cannot be imported here.
const credits = () => mongoose.model('Credit') as Model<CreditDoc>;

const byDateThenId = (a: CreditDoc, b: CreditDoc) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : String(a._id).localeCompare(String(b._id));

/**
 * The credits of a set of contracts, by date. Contract progress, status refreshes and reports read
 * them on every request.
 *
 * On MongoDB that is one indexed query. FerretDB's SQLite backend uses no index for `{ contractId }`
 * and decodes every credit to answer it (under load at 100,000 candidates the contract progress
 * endpoint timed out, see docs/benchmarks.md). There the
 * credits are read once per process (at start, see loadFerretDbCopies), grouped by contract, and the
 * model's hooks bring every credit this process stores or removes into that copy; a write the hooks
 * cannot follow drops it, to be read again (a full read). FerretDB runs one API process
 * (README), so no other process writes behind its back.
 * Hand-written, like match-pairs.ts: a workaround for that backend, not a general cache.
 */
interface Copy {
  byContract: Map<string, CreditDoc[]>;
  /** Credit id → its contract, to find a credit again when it changes or goes. */
  contractOf: Map<string, string>;
}

let copy: Copy | null = null;
let loading: Promise<Copy> | null = null;

function put(into: Copy, credit: CreditDoc): string {
  const key = String(credit.contractId);
  if (!into.byContract.has(key)) into.byContract.set(key, []);
  into.byContract.get(key)!.push(credit);
  into.contractOf.set(String(credit._id), key);
  return key;
}

function take(from: Copy, creditId: string): void {
  const key = from.contractOf.get(creditId);
  if (key === undefined) return;
  from.contractOf.delete(creditId);
  const list = from.byContract.get(key) ?? [];
  const at = list.findIndex((c) => String(c._id) === creditId);
  if (at >= 0) list.splice(at, 1);
}

async function load(): Promise<Copy> {
  const loaded: Copy = { byContract: new Map(), contractOf: new Map() };
  for (const credit of await credits().find({}).lean<CreditDoc[]>()) put(loaded, credit);
  for (const list of loaded.byContract.values()) list.sort(byDateThenId);
  return loaded;
}

function loadedCopy(): Promise<Copy> {
  if (copy) return Promise.resolve(copy);
  if (!loading) {
    const started: Promise<Copy> = load().then(
      (loaded) => {
        // Kept unless a write let this read go meanwhile (its callers still get what it read).
        if (loading === started) [copy, loading] = [loaded, null];
        return loaded;
      },
      (error: unknown) => {
        if (loading === started) loading = null;
        throw error;
      },
    );
    loading = started;
  }
  return loading;
}

/** The credits of these contracts by date (then id). Read them only: on FerretDB they are shared. */
export async function creditsOfContracts(contractIds: readonly Id[]): Promise<readonly CreditDoc[]> {
  if (contractIds.length === 0) return [];
  if (!isFerretDb()) {
    return credits()
      .find({ contractId: { $in: contractIds } })
      .sort({ date: 1, _id: 1 })
      .lean<CreditDoc[]>();
  }
  const { byContract } = await loadedCopy();
  // A new list each time; the credits in it are shared with later callers, so they are only read.
  const found = contractIds.flatMap((id) => byContract.get(String(id)) ?? []);
  return contractIds.length > 1 ? found.sort(byDateThenId) : found;
}

/** On FerretDB, reads the credits now rather than at the first request that needs them. */
export async function loadCredits(): Promise<void> {
  if (isFerretDb()) await loadedCopy();
}

/**
 * A credit as stored by this process (the model's hooks), replacing what the copy held of it. While
 * the copy is being read, that read may or may not see the write: it is let go and read again.
 */
export function rememberCredit(credit: CreditDoc): void {
  if (!copy) return forgetCredits();
  take(copy, String(credit._id));
  const list = copy.byContract.get(put(copy, credit))!;
  list.sort(byDateThenId);
}

/** A credit this process removed (the model's hooks). */
export function dropCredit(credit: Pick<CreditDoc, '_id'>): void {
  if (!copy) return forgetCredits();
  take(copy, String(credit._id));
}

/** Credits were written in a way the hooks cannot follow (several at once, or around the model): read them again. */
export function forgetCredits(): void {
  copy = null;
  loading = null;
}
