import mongoose, { Schema } from 'mongoose';
import pg from 'pg';
import { startTestApp, type TestApp } from '../test/test-app';
import { keepEmbeddedIndexes } from './embedded-indexes';

const Widget = mongoose.model(
  'IndexTestWidget',
  new Schema({ shelf: String, colour: String, size: Number }).index({ shelf: 1, colour: 1 }),
);

let app: TestApp;
let postgres: pg.Client;
beforeAll(async () => {
  app = await startTestApp();
  postgres = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URL });
  await postgres.connect();
});
afterAll(async () => {
  await postgres.end();
  await app.stop();
});

/** The widgets' table and its indexes, as FerretDB keeps them. */
async function widgetsTable(): Promise<{ table: string; indexes: string[] }> {
  const schema = mongoose.connection.db!.databaseName;
  const { rows } = await postgres.query<{ table: string }>(
    `SELECT _jsonb->>'table' AS table FROM "${schema}"._ferretdb_database_metadata WHERE _jsonb->>'_id' = $1`,
    [Widget.collection.collectionName],
  );
  const table = `"${schema}"."${rows[0]!.table}"`;
  const indexes = await postgres.query<{ indexdef: string }>(
    'SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = $2',
    [schema, rows[0]!.table],
  );
  return { table, indexes: indexes.rows.map((r) => r.indexdef.replace(/^.* USING /, '')) };
}

/** PostgreSQL's plan for the query FerretDB 1.24 sends for a filter of top-level equalities (query.go). */
async function planOf(table: string, filter: Record<string, string>): Promise<string> {
  const fields = Object.keys(filter);
  const where = fields.map((_, i) => `_jsonb->$${2 * i + 1} @> $${2 * i + 2}`).join(' AND ');
  const args = fields.flatMap((field) => [field, JSON.stringify(filter[field])]);
  await postgres.query(`PREPARE ferretdb_query AS SELECT _jsonb FROM ${table} WHERE ${where}`);
  try {
    const values = args.map((arg) => postgres.escapeLiteral(arg)).join(', ');
    const plan = await postgres.query<{ 'QUERY PLAN': string }>(`EXPLAIN EXECUTE ferretdb_query(${values})`);
    return plan.rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await postgres.query('DEALLOCATE ferretdb_query');
  }
}

const onEmbeddedPostgres =
  process.env.TEST_MONGODB_KIND === 'ferretdb-postgresql' && process.env.EMBEDDED_DB_ACCELERATION !== 'off';

(onEmbeddedPostgres ? describe : describe.skip)(
  'indexes of the embedded database (FerretDB on PostgreSQL)',
  () => {
    it('when a document is read by id or by its declared index fields, then PostgreSQL plans an index scan', async () => {
      const docs = await Widget.insertMany(
        Array.from({ length: 3000 }, (_, i) => ({
          shelf: `s${i % 300}`,
          colour: i % 2 ? 'red' : 'blue',
          size: i,
        })),
      );
      await keepEmbeddedIndexes(process.env.TEST_POSTGRES_URL!, mongoose.connection.db!.databaseName, [
        Widget,
      ]);
      const { table, indexes } = await widgetsTable();
      await postgres.query(`ANALYZE ${table}`);
      const gin = (field: string) => `gin (((_jsonb -> '${field}'::text)) jsonb_path_ops)`;
      expect(indexes).toEqual(expect.arrayContaining([gin('_id'), gin('shelf'), gin('colour')]));
      expect(indexes).not.toContain(gin('size'));

      const id = String(docs[2500]!._id);
      expect(await planOf(table, { _id: id })).toMatch(/Index Scan on .*_gin_/);
      expect(await planOf(table, { shelf: 's7', colour: 'red' })).toMatch(/Index Scan on .*_gin_/);
      // Through FerretDB, the same filters find the same documents.
      expect((await Widget.findById(id).lean())?.size).toBe(2500);
      const onShelf = await Widget.find({ shelf: 's7', colour: 'red' }).lean();
      expect(onShelf.map((w) => w.size).sort((a, b) => a! - b!)).toEqual(
        Array.from({ length: 10 }, (_, i) => 7 + 300 * i),
      );
    });
  },
);
