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
  /** The versions the last scan read of records that had a pending change when it began. */
  let scanned = new Map<string, number>();

  /** The records and their documents now; a record that no longer exists has none. */
  async function readRecords(ids: string[]) {
    const records = (await Promise.all(
      ids.map((id) => model.findById(id).lean().exec()),
    )) as Array<Stored<T> | null>;
    const present = records.filter((r): r is Stored<T> => r !== null);
    const documents = await toDocuments(present);
    const byId = new Map(
      present.map((r, i) => [String(r._id), { record: r, document: documents[i] ?? null }]),
    );
    return ids.map((id) => ({ id, found: byId.get(id) }));
  }

  const source: SyncSource = {
    index,
    async findDirty(limit) {
      const pending = await SearchOutboxModel.find({ collectionName }).limit(limit).lean();
      const read = await readRecords(pending.map((p) => String(p.docId)));
      // A record that no longer exists leaves the index.
      return pending.map((p, i) => ({
        id: String(p.docId),
        searchVersion: read[i]!.found?.record.searchVersion ?? 0,
        revision: p.seq,
        document: read[i]!.found?.document ?? null,
      }));
    },
    async read(ids) {
      return (await readRecords(ids)).map(({ id, found }) => ({ id, document: found?.document ?? null }));
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
        // Removed only if it still holds the change that was pushed: a change marked since keeps it.
        const key = outboxKey(collectionName, r.id);
        await withLock(outboxLockKey(key), () => SearchOutboxModel.deleteOne({ _id: key, seq: r.revision }));
      }
    },
    async settleBefore(scanStartedAt) {
      // Marked before the scan began (every mark sets `at`, the one after the write too), so the scan
      // read the record with that change, at the version it recorded; unless it was marked again
      // meanwhile (markIndexed checks). A record the scan did not read is left to the sync.
      const entries = await SearchOutboxModel.find({ collectionName, at: { $lt: scanStartedAt } }).lean();
      const settled = entries
        .filter((e) => scanned.has(String(e.docId)))
        .map((e) => ({ id: String(e.docId), searchVersion: scanned.get(String(e.docId))!, revision: e.seq }));
      scanned = new Map();
      await source.markIndexed(settled);
      return settled.map((r) => r.id);
    },
    async *scan(batchSize) {
      const pending = new Set(
        (await SearchOutboxModel.find({ collectionName }).select({ docId: 1 }).lean()).map((e) =>
          String(e.docId),
        ),
      );
      scanned = new Map();
      let batch: Stored<T>[] = [];
      const documents = async () => (await toDocuments(batch)).filter((d): d is SearchDocument => d !== null);
      for await (const record of model.find({}).lean<Stored<T>[]>().cursor({ batchSize })) {
        const id = String((record as Stored<T>)._id);
        if (pending.has(id)) scanned.set(id, (record as Stored<T>).searchVersion ?? 0);
        batch.push(record as Stored<T>);
        if (batch.length < batchSize) continue;
        yield await documents();
        batch = [];
      }
      if (batch.length) yield await documents();
    },
  };
  return source;
}
