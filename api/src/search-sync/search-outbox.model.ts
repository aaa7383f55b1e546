import { Schema, model } from 'mongoose';

/**
 * Pending index changes, one entry per changed record (`<collection>:<id>`), written before the change
 * itself. The architecture's `indexedVersion < searchVersion` query cannot use an index on FerretDB's
 * SQLite backend (only `{ _id }` lookups do), so the sync worker reads this small collection instead of
 * scanning every record each round. Written first, an entry survives a crash at any point after it.
 */
const searchOutboxSchema = new Schema(
  {
    _id: { type: String, required: true },
    collectionName: { type: String, required: true },
    docId: { type: Schema.Types.ObjectId, required: true },
    seq: { type: Number, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);

export const SearchOutboxModel = model('SearchOutbox', searchOutboxSchema, 'search_outbox');

export const outboxKey = (collectionName: string, id: unknown) => `${collectionName}:${String(id)}`;

/** The lock of an outbox entry; distinct from the document's own lock, which a write already holds. */
export const outboxLockKey = (key: string) => `outbox/${key}`;
