import { markPending } from './search-sync.plugin';
import { requestSearchSync } from './sync-trigger';

/** Records whose fields an index copies into its documents (a contractor's name into its places). */
export type CopiedRecord = 'organisation' | 'contract';

export interface IndexedCopy {
  /** The fields of the record that the index copies. */
  fields: readonly string[];
  /** The indexed collection. */
  collectionName: string;
  /** The ids of its documents that copy this record. */
  documentsOf(recordId: string): Promise<unknown[]>;
}

const copies = new Map<CopiedRecord, IndexedCopy[]>();

/** An index declares what it copies (places.search.ts); the writer of the record need not know it. */
export function registerIndexedCopy(record: CopiedRecord, copy: IndexedCopy): void {
  copies.set(record, [...(copies.get(record) ?? []), copy]);
}

/**
 * Runs a write to a record that changes `fields`, and re-indexes the documents that copy any of them.
 * They are marked pending before the write, so a crash after it loses nothing, and again after it: a
 * sync round that read a document between the first mark and the write indexed the old copy, and
 * must not clear the entry as if it were current. Documents found only after the write (linked
 * meanwhile) are marked too. These writes are rare; finding the documents may scan the collection.
 */
export async function writeWithIndexedCopies<T>(
  record: CopiedRecord,
  recordId: string,
  fields: readonly string[],
  write: () => Promise<T>,
): Promise<T> {
  const concerned = (copies.get(record) ?? []).filter((copy) => copy.fields.some((f) => fields.includes(f)));
  if (concerned.length === 0) return write();
  const before = await Promise.all(concerned.map((copy) => copy.documentsOf(recordId)));
  for (const [i, copy] of concerned.entries()) await markPending(copy.collectionName, before[i]!);
  const result = await write();
  for (const [i, copy] of concerned.entries()) {
    const known = new Set(before[i]!.map(String));
    const after = (await copy.documentsOf(recordId)).filter((id) => !known.has(String(id)));
    await markPending(copy.collectionName, [...before[i]!, ...after]);
  }
  requestSearchSync();
  return result;
}
