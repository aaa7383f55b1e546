import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';

/**
 * Background work that one API process at a time does (search sync, reminders, the demo load): a
 * lease document per kind of work, claimed by inserting its unique `_id`, which of several inserters
 * only one can do (FerretDB enforces unique keys too, where it does not apply an update atomically).
 * The holder renews it well before it expires; a holder that died is taken over once it has expired.
 *
 * What it cannot rule out: a holder paused past its expiry (a stalled event loop) still believes it
 * holds until its next renewal, which then tells it otherwise. Work under a lease is therefore
 * idempotent, and checks `held()` before each step that must not be done twice.
 *
 * Written by hand: lock libraries for MongoDB claim with an atomic findOneAndUpdate, which FerretDB
 * 1.24 does not apply atomically; an insert of a unique key it does.
 */
export const LEADER_LEASES_COLLECTION = 'leader_leases';

interface LeaseDoc {
  _id: string;
  holder: string;
  expiresAt: Date;
}

const DUPLICATE_KEY = 11000;
const leases = () => mongoose.connection.collection<LeaseDoc>(LEADER_LEASES_COLLECTION);

export class LeaderLease {
  private readonly holder = `${process.pid}-${randomUUID()}`;
  private heldUntil = 0;

  constructor(
    readonly name: string,
    readonly ttlMs: number,
  ) {}

  /** Whether this process holds the lease now, by its own clock, with a third of the term to spare. */
  held(): boolean {
    return Date.now() < this.heldUntil - this.ttlMs / 3;
  }

  /** Renews the lease if this process holds it, else claims it if free or expired; answers whether it holds it. */
  async acquire(): Promise<boolean> {
    const now = Date.now();
    const expiresAt = new Date(now + this.ttlMs);
    if (this.heldUntil > now) {
      const renewed = await leases().updateOne(
        { _id: this.name, holder: this.holder },
        { $set: { expiresAt } },
      );
      if (renewed.matchedCount === 1) return this.holding(now);
      this.heldUntil = 0;
    }
    if (await this.insert(expiresAt)) return this.holding(now);
    const current = await leases().findOne({ _id: this.name });
    if (!current || current.expiresAt.getTime() >= now) return false;
    // Its holder died (or released it late): remove that lease and claim anew; one inserter wins.
    await leases().deleteOne({ _id: this.name, holder: current.holder, expiresAt: current.expiresAt });
    return (await this.insert(expiresAt)) ? this.holding(now) : false;
  }

  /**
   * Claims the lease whoever holds it: for a process that runs alone (no REDIS_URL), whose previous
   * run may have died holding it.
   */
  async takeOver(): Promise<boolean> {
    await leases().deleteOne({ _id: this.name });
    return this.acquire();
  }

  async release(): Promise<void> {
    if (this.heldUntil === 0) return;
    this.heldUntil = 0;
    await leases()
      .deleteOne({ _id: this.name, holder: this.holder })
      .catch(() => undefined);
  }

  private holding(since: number): true {
    this.heldUntil = since + this.ttlMs;
    return true;
  }

  private async insert(expiresAt: Date): Promise<boolean> {
    try {
      await leases().insertOne({ _id: this.name, holder: this.holder, expiresAt });
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === DUPLICATE_KEY) return false;
      throw error;
    }
  }
}

/**
 * Runs `work` in one process at a time: waits while another process holds the lease, then holds it
 * (renewed in the background) until `work` is done. For work every process must see done before it
 * goes on, such as the demo load at start: the others wait, then find it done.
 */
export async function runExclusively<T>(
  name: string,
  work: () => Promise<T>,
  options: {
    ttlMs?: number;
    pollMs?: number;
    /** The process runs alone (no REDIS_URL): a lease left by its own previous run does not make it wait. */
    alone?: boolean;
  } = {},
): Promise<T> {
  const lease = new LeaderLease(name, options.ttlMs ?? 30_000);
  if (options.alone) await lease.takeOver();
  while (!lease.held() && !(await lease.acquire())) {
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 1_000));
  }
  const renewal = setInterval(() => void lease.acquire().catch(() => undefined), lease.ttlMs / 3);
  try {
    return await work();
  } finally {
    clearInterval(renewal);
    await lease.release();
  }
}
