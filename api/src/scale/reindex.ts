import { createSearchEngine, rebuildIndex, type SearchEngine, type SyncSource } from '@kansplek/search';
import type { Model } from 'mongoose';
import { CandidateModel } from '../candidates/candidates.model';
import type { TConfig } from '../config';
import { PlaceModel } from '../places/places.model';
import { searchSources } from '../search-sources';
import { searchEngineOptions } from '../search-sync/search-engine';
import type { IndexName } from './args';
import { formatDuration, startProgress } from './progress';

export interface RebuildReport {
  index: string;
  /** Records in MongoDB. */
  records: number;
  /** Documents converted and pushed to the engine. */
  indexed: number;
  /** Records that do not belong in the index (erased profiles, places without a location). */
  leftOut: number;
  /** What the engine counts afterwards; differs from `indexed` only when something went wrong. */
  inEngine: number;
  ms: number;
}

const MODELS: Record<IndexName, Model<never>> = {
  candidates: CandidateModel as never,
  places: PlaceModel as never,
};

/** The sync sources of the asked indexes, in the order the platform syncs them. */
export function sourcesFor(indexes: IndexName[]): SyncSource[] {
  return searchSources().filter((s) => indexes.includes(s.index.name as IndexName));
}

/** Empties each index and fills it again from MongoDB, with a progress bar per index. */
export async function rebuildIndexes(
  engine: SearchEngine,
  sources: SyncSource[],
  log: (m: string) => void,
): Promise<RebuildReport[]> {
  const reports: RebuildReport[] = [];
  for (const source of sources) {
    const name = source.index.name as IndexName;
    // The estimate reads collection metadata; an exact count would scan every record on FerretDB.
    const records = await MODELS[name].estimatedDocumentCount();
    const started = Date.now();
    const progress = startProgress(name, records);
    const indexed = await rebuildIndex(engine, source, {
      onProgress: (n) => progress.update(n),
      // Meilisearch is the index every API process reads: what the scan read is in it. An embedded
      // engine here is this command's own, so the changes stay pending for the API's copy.
      settle: () => engine.name !== 'embedded',
    });
    progress.finish(indexed);
    const retired = await engine.retireOlderVersions(source.index.name);
    if (retired.length) log(`${name}: older versions deleted (${retired.join(', ')})`);
    const report = {
      index: name,
      records,
      indexed,
      leftOut: Math.max(0, records - indexed),
      inEngine: await engine.count(name),
      ms: Date.now() - started,
    };
    log(
      `${name}: ${report.indexed} indexed, ${report.leftOut} left out (erased or without location), ` +
        `${report.inEngine} in the ${engine.name} index, ${formatDuration(report.ms)} ` +
        `(${Math.round((report.indexed * 1000) / Math.max(1, report.ms))} documents/s)`,
    );
    reports.push(report);
  }
  return reports;
}

/** Problems a rebuild report shows: the engine must hold exactly what was pushed. */
export function rebuildFailures(reports: RebuildReport[]): string[] {
  return reports
    .filter((r) => r.inEngine !== r.indexed)
    .map((r) => `${r.index}: ${r.indexed} documents pushed but the engine holds ${r.inEngine}`);
}

/**
 * After generated records (which bypass the outbox): Meilisearch keeps its index, so rebuild it now;
 * the embedded engine is built from MongoDB at every API start anyway.
 */
export async function indexAfterScaleSeed(config: TConfig, log: (m: string) => void): Promise<void> {
  if (!config.MEILI_URL) {
    log(
      'Embedded search engine: the API builds its index from MongoDB at start, so the new records are found then.',
    );
    return;
  }
  const engine = createSearchEngine(searchEngineOptions(config));
  try {
    log(`Rebuilding the Meilisearch indexes at ${config.MEILI_URL}…`);
    const failures = rebuildFailures(await rebuildIndexes(engine, sourcesFor(['candidates', 'places']), log));
    if (failures.length) throw new Error(failures.join('; '));
  } finally {
    await engine.close();
  }
}
