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
 * and decodes every credit to answer it (1.4 s per contract at 7,700 credits, measured with
 * `npm run bench -- --size large`; under load the contract progress endpoint timed out). There the
 * credits are read once per process, grouped by contract, and read again after any credit is written
 * in this process (the model's hooks call `forgetCredits`). Credits change far less often than they
 * are read, and FerretDB runs one API process (README), so no other process writes behind its back.
 * Hand-written, like match-pairs.ts: a workaround for that backend, not a general cache.
 */
let cached: Promise<Map<string, CreditDoc[]>> | null = null;

async function load(): Promise<Map<string, CreditDoc[]>> {
  const grouped = new Map<string, CreditDoc[]>();
  for (const credit of await credits().find({}).lean<CreditDoc[]>()) {
    const key = String(credit.contractId);
    if (!grouped.has(key)) grouped.set(key, []);
    grouped.get(key)!.push(credit);
  }
  for (const list of grouped.values()) list.sort(byDateThenId);
  return grouped;
}

function grouped(): Promise<Map<string, CreditDoc[]>> {
  if (!cached) {
    const loading = load();
    cached = loading;
    // A failed read is not kept; a read overtaken by a write (forgetCredits) was already let go.
    loading.catch(() => {
      if (cached === loading) cached = null;
    });
  }
  return cached;
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
  const all = await grouped();
  // A new list each time; the credits in it are shared with later callers, so they are only read.
  const found = contractIds.flatMap((id) => all.get(String(id)) ?? []);
  return contractIds.length > 1 ? found.sort(byDateThenId) : found;
}

/** A credit was written in this process, or credits were written around the model: read them again. */
export function forgetCredits(): void {
  cached = null;
}
