import mongoose, { type Query, type Schema } from 'mongoose';
import { withLock } from '../database/document-lock';
import { SearchOutboxModel, outboxKey, outboxLockKey } from './search-outbox.model';
import { requestSearchSync } from './sync-trigger';

/** Spread into an indexed model's schema definition (so the fields are typed); the plugin adds the hooks. */
export const searchSyncFields = {
  searchVersion: { type: Number, default: 1 },
  indexedVersion: { type: Number, default: 0 },
} as const;

/** Records that a document is about to change; called before the change is written. */
export async function markPending(collectionName: string, ids: unknown[]): Promise<void> {
  for (const id of ids) {
    const key = outboxKey(collectionName, id);
    await withLock(outboxLockKey(key), () =>
      SearchOutboxModel.updateOne(
        { _id: key },
        { $set: { collectionName, docId: id, at: new Date() }, $inc: { seq: 1 } },
        { upsert: true },
      ),
    );
  }
}

/** Which records an update touches, found before it runs and marked again after it. */
const touched = new WeakMap<object, unknown[]>();

/**
 * Makes a collection follow the search index: every change bumps `searchVersion` in the same update,
 * and an outbox entry is written before it, so the sync worker finds the change even after a crash.
 * The entry is marked again after the write: a sync round that read the record between the first
 * mark and the write pushed the old version, and must not clear the entry as if it were current.
 */
export function searchSyncPlugin(schema: Schema): void {
  schema.pre(['findOneAndUpdate', 'updateOne', 'updateMany'], async function (this: Query<unknown, unknown>) {
    const update = this.getUpdate() as Record<string, Record<string, unknown>> | null;
    if (!update || Array.isArray(update)) return;
    update.$inc = { ...(update.$inc ?? {}), searchVersion: 1 };
    this.setUpdate(update);
    const filter = this.getFilter() as { _id?: unknown };
    const ids =
      filter._id !== undefined && (typeof filter._id !== 'object' || mongoose.isValidObjectId(filter._id))
        ? [filter._id]
        : (await this.model.find(filter).select({ _id: 1 }).lean<Array<{ _id: unknown }>>()).map(
            (d) => d._id,
          );
    touched.set(this, ids);
    await markPending(this.model.collection.collectionName, ids);
  });
  schema.pre('save', async function () {
    if (!this.isNew) this.set('searchVersion', ((this.get('searchVersion') as number) ?? 0) + 1);
    await markPending((this.constructor as mongoose.Model<unknown>).collection.collectionName, [this._id]);
  });
  schema.pre('insertMany', async function (this: mongoose.Model<unknown>, next: () => void, docs: unknown) {
    const list = (Array.isArray(docs) ? docs : [docs]) as Array<{ _id?: unknown }>;
    for (const doc of list) doc._id ??= new mongoose.Types.ObjectId();
    await markPending(
      this.collection.collectionName,
      list.map((d) => d._id),
    );
    next();
  });
  schema.post(
    ['findOneAndUpdate', 'updateOne', 'updateMany'],
    async function (this: Query<unknown, unknown>) {
      const ids = touched.get(this);
      if (ids) await markPending(this.model.collection.collectionName, ids);
      requestSearchSync();
    },
  );
  schema.post('save', async function () {
    await markPending((this.constructor as mongoose.Model<unknown>).collection.collectionName, [this._id]);
    requestSearchSync();
  });
  schema.post('insertMany', async function (this: mongoose.Model<unknown>, docs: unknown) {
    const list = (Array.isArray(docs) ? docs : [docs]) as Array<{ _id: unknown }>;
    await markPending(
      this.collection.collectionName,
      list.map((d) => d._id),
    );
    requestSearchSync();
  });
}
