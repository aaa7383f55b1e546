import type { IndexDefinition, SearchDocument, SyncSource } from '@kansplek/search';
import mongoose, { type Model } from 'mongoose';
import { documentKey, withLock } from '../database/document-lock';
import { SearchOutboxModel, outboxKey, outboxLockKey } from './search-outbox.model';

type Stored<T> = T & { _id: mongoose.Types.ObjectId; searchVersion?: number };

/**
 * A SyncSource over a mongoose model with the search-sync plugin: pending changes come from the outbox,
 * records are read by `_id` (the one lookup FerretDB's SQLite backend indexes), and a full rebuild
 * streams the collection with one cursor.
 */
export function mongoSyncSource<T>(
  model: Model<T>,
  index: IndexDefinition,
  toDocuments: (records: Stored<T>[]) => Promise<Array<SearchDocument | null>>,
): SyncSource {
  const collectionName = model.collection.collectionName;
  return {
    index,
    async findDirty(limit) {
      const pending = await SearchOutboxModel.find({ collectionName }).limit(limit).lean();
      const records = (await Promise.all(
        pending.map((p) => model.findById(p.docId).lean().exec()),
      )) as Array<Stored<T> | null>;
      const present = records.filter((r): r is Stored<T> => r !== null);
      const documents = await toDocuments(present);
      const byId = new Map(
        present.map((r, i) => [String(r._id), { record: r, document: documents[i] ?? null }]),
      );
      return pending.map((p) => {
        const found = byId.get(String(p.docId));
        // A record that no longer exists leaves the index.
        return {
          id: String(p.docId),
          searchVersion: found?.record.searchVersion ?? 0,
          revision: p.seq,
          document: found?.document ?? null,
        };
      });
    },
    async markIndexed(records) {
      for (const r of records) {
        // Raw collection writes: no plugin hooks (this is not a change to index again).
        await withLock(documentKey(model, r.id), () =>
          model.collection.updateOne(
            { _id: new mongoose.Types.ObjectId(r.id) },
            { $set: { indexedVersion: r.searchVersion } },
          ),
        );
        const key = outboxKey(collectionName, r.id);
        await withLock(outboxLockKey(key), async () => {
          const entry = await SearchOutboxModel.findById(key).lean();
          if (entry?.seq === r.revision) await SearchOutboxModel.deleteOne({ _id: key });
        });
      }
    },
    async settleBefore(scanStartedAt) {
      // Marked before the scan began (every mark sets `at`, the one after the write too), so the scan
      // read the record with that change: the entry is done, unless it was marked again meanwhile.
      const settled = await SearchOutboxModel.find({ collectionName, at: { $lt: scanStartedAt } }).lean();
      let count = 0;
      for (const entry of settled) {
        await withLock(outboxLockKey(entry._id), async () => {
          const current = await SearchOutboxModel.findById(entry._id).lean();
          if (current?.seq !== entry.seq) return;
          await SearchOutboxModel.deleteOne({ _id: entry._id, seq: entry.seq });
          count += 1;
        });
      }
      return count;
    },
    async *scan(batchSize) {
      let batch: Stored<T>[] = [];
      for await (const record of model.find({}).lean<Stored<T>[]>().cursor({ batchSize })) {
        batch.push(record as Stored<T>);
        if (batch.length < batchSize) continue;
        yield (await toDocuments(batch)).filter((d): d is SearchDocument => d !== null);
        batch = [];
      }
      if (batch.length) yield (await toDocuments(batch)).filter((d): d is SearchDocument => d !== null);
    },
  };
}
