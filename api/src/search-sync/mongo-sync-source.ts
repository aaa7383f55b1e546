import type { IndexDefinition, SearchDocument, SyncSource } from '@kansplek/search';
import mongoose, { type Model } from 'mongoose';
import { documentKey, withLocks } from '../database/document-lock';

type Stored<T> = T & { _id: mongoose.Types.ObjectId; searchVersion?: number };

/**
 * A SyncSource over a mongoose model with the search-sync plugin. Marking uses the raw collection
 * (no plugin hooks), and only where the version is still the one pushed.
 */
export function mongoSyncSource<T>(
  model: Model<T>,
  index: IndexDefinition,
  toDocuments: (records: Stored<T>[]) => Promise<Array<SearchDocument | null>>,
): SyncSource {
  return {
    index,
    async findDirty(limit) {
      const records = await model
        .find({ searchDirty: true })
        .sort({ _id: 1 })
        .limit(limit)
        .lean<Stored<T>[]>();
      const documents = await toDocuments(records);
      return records.map((r, i) => ({
        id: String(r._id),
        searchVersion: r.searchVersion ?? 0,
        document: documents[i] ?? null,
      }));
    },
    async markIndexed(records) {
      if (!records.length) return;
      // Under the same per-document locks as every other write (see document-lock.ts).
      await withLocks(
        records.map((r) => documentKey(model, r.id)),
        () =>
          model.collection.bulkWrite(
            records.map((r) => ({
              updateOne: {
                filter: { _id: new mongoose.Types.ObjectId(r.id), searchVersion: r.searchVersion },
                update: { $set: { indexedVersion: r.searchVersion, searchDirty: false } },
              },
            })),
            { ordered: false },
          ),
      );
    },
    async *scan(batchSize) {
      let lastId: mongoose.Types.ObjectId | undefined;
      for (;;) {
        const records = await model
          .find(lastId ? { _id: { $gt: lastId } } : {})
          .sort({ _id: 1 })
          .limit(batchSize)
          .lean<Stored<T>[]>();
        if (!records.length) return;
        lastId = records[records.length - 1]!._id;
        const documents = (await toDocuments(records)).filter((d): d is SearchDocument => d !== null);
        if (documents.length) yield documents;
      }
    },
    async markAllDirty() {
      await model.collection.updateMany({}, { $set: { searchDirty: true } });
    },
  };
}
