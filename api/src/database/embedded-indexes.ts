import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * The indexes that make FerretDB 1.24 on PostgreSQL use an index at all.
 *
 * FerretDB pushes a filter's top-level equalities down to PostgreSQL as `_jsonb->'field' @> value`,
 * but makes each MongoDB index a B-tree on `(_jsonb->'field')`, which cannot answer `@>`: every
 * query scans the table (EXPLAIN in docs/benchmarks.md). A GIN index on the same expression answers
 * it. So every collection gets one on `_id`, and each top-level field of the indexes its model
 * declares gets one too: the indexes feature code declares for MongoDB are the ones made here.
 * Dotted paths are left out: FerretDB does not push them down.
 */
export interface EmbeddedIndexes {
  /** Makes the indexes of collections that appeared since (sessions, leases). */
  refresh(): Promise<void>;
  close(): Promise<void>;
}

const indexName = (table: string, field: string) =>
  `${table}_gin_${createHash('sha256').update(field).digest('hex').slice(0, 10)}`;

/** What is needed of a mongoose model (a narrow type: `Model<unknown>` upsets mongoose's typings). */
export interface IndexedModel {
  collection: { collectionName: string };
  schema: { indexes(): Array<[Record<string, unknown>, unknown]> };
}

/** The top-level fields of a model's declared indexes. */
function indexedFields(model: IndexedModel): string[] {
  return model.schema
    .indexes()
    .flatMap(([keys]) => Object.keys(keys))
    .filter((field) => !field.includes('.'));
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export async function keepEmbeddedIndexes(
  postgresUrl: string,
  schema: string,
  models: IndexedModel[],
): Promise<EmbeddedIndexes> {
  const fieldsOf = new Map<string, Set<string>>();
  for (const model of models) {
    const fields = fieldsOf.get(model.collection.collectionName) ?? new Set(['_id']);
    for (const field of indexedFields(model)) fields.add(field);
    fieldsOf.set(model.collection.collectionName, fields);
  }
  let running: Promise<void> | undefined;
  const make = async (pool: pg.Pool) => {
    const tables = await pool.query<{ collection: string; table: string }>(
      `SELECT _jsonb->>'_id' AS collection, _jsonb->>'table' AS table
         FROM ${quote(schema)}._ferretdb_database_metadata`,
    );
    const existing = new Set(
      (
        await pool.query<{ indexname: string }>('SELECT indexname FROM pg_indexes WHERE schemaname = $1', [
          schema,
        ])
      ).rows.map((r) => r.indexname),
    );
    const missing = tables.rows.flatMap(({ collection, table }) =>
      [...(fieldsOf.get(collection) ?? ['_id'])]
        .map((field) => ({ table, field, name: indexName(table, field) }))
        .filter(({ name }) => !existing.has(name)),
    );
    await Promise.all(
      missing.map(({ table, field, name }) =>
        pool
          .query(
            `CREATE INDEX IF NOT EXISTS ${quote(name)} ON ${quote(schema)}.${quote(table)}
               USING gin ((_jsonb->${literal(field)}) jsonb_path_ops)`,
          )
          .catch((error: { code?: string }) => {
            // Another API process made the same index at the same moment (duplicate name, or table gone).
            if (!['23505', '42P07', '42P01'].includes(error.code ?? '')) throw error;
          }),
      ),
    );
  };
  // A few connections for each round (the indexes are made side by side), none kept between rounds.
  const refresh = () => {
    running ??= (async () => {
      const pool = new pg.Pool({ connectionString: postgresUrl, max: 4 });
      try {
        await make(pool);
      } finally {
        await pool.end();
        running = undefined;
      }
    })();
    return running;
  };
  await refresh();
  return {
    refresh,
    close: async () => {
      await running?.catch(() => undefined);
    },
  };
}
