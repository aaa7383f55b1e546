import mongoose from 'mongoose';
import { markPending } from '../search-sync/search-sync.plugin';
import { requestSearchSync } from '../search-sync/sync-trigger';

const MARKER_COLLECTION = 'demo_loads';
/** Collections that follow a search index: what is removed from them must leave the index too. */
const INDEXED = new Set(['candidates', 'places']);

interface Marker {
  _id: string;
  startedAt?: Date;
  /** Set when the load finished. */
  at?: Date;
  created?: Array<{ collection: string; id: mongoose.Types.ObjectId }>;
}

const markers = () => mongoose.connection.collection<Marker>(MARKER_COLLECTION);

/**
 * A demo load that runs once and can be interrupted safely. It records each document it creates; if
 * the process stops halfway (Ctrl-C during the first `npm start`), the next start removes those
 * documents and loads again, instead of tripping over half a demo (duplicate contract references).
 */
export interface DemoLoad {
  /** Records a document the load created. */
  created(collection: string, id: unknown): Promise<void>;
  /** Marks the load finished: later starts skip it. */
  finish(): Promise<void>;
}

/** What else an interrupted load left behind, derived from the documents it created (credits of a match). */
export type DemoCleanup = (
  created: ReadonlyArray<{ collection: string; id: mongoose.Types.ObjectId }>,
) => Promise<void>;

/** Starts the load named `name`, or returns null when it already finished. */
export async function beginDemoLoad(
  name: string,
  log: (message: string) => void,
  cleanup?: DemoCleanup,
): Promise<DemoLoad | null> {
  const previous = await markers().findOne({ _id: name });
  if (previous?.at) return null;
  if (previous?.created?.length) {
    log(`Demo-regio: de vorige keer onderbroken; ${previous.created.length} records worden opnieuw gemaakt…`);
    await cleanup?.(previous.created);
    await undo(previous.created);
  }
  await markers().updateOne(
    { _id: name },
    { $set: { startedAt: new Date(), created: [] }, $unset: { at: '' } },
    { upsert: true },
  );
  return {
    created: async (collection, id) => {
      await markers().updateOne(
        { _id: name },
        { $push: { created: { collection, id: new mongoose.Types.ObjectId(String(id)) } } },
      );
    },
    finish: async () => {
      await markers().updateOne({ _id: name }, { $set: { at: new Date() } });
    },
  };
}

async function undo(created: NonNullable<Marker['created']>): Promise<void> {
  for (const { collection, id } of created) {
    if (INDEXED.has(collection)) await markPending(collection, [id]);
    await mongoose.connection.collection(collection).deleteOne({ _id: id });
  }
  requestSearchSync();
}
