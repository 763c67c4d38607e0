import type { SqlDb } from "../db.ts";

/** A database's tables as the engine reports them, reduced to what both engines can say alike. */
export interface TableShape {
  columns: Record<string, { notNull: boolean }>;
  primaryKey: string[];
  indexes: string[];
}

// Full-text machinery differs by design (FTS5 shadow tables, tsvector columns); the version table is the runner's.
const INTERNAL = /^(articles_fts|quotes_fts|schema_version|sqlite_)/;

async function sqliteShape(db: SqlDb): Promise<Record<string, TableShape>> {
  const out: Record<string, TableShape> = {};
  const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  for (const { name } of tables.filter((t) => !INTERNAL.test(t.name))) {
    const cols = await db.all<{ name: string; notnull: number; pk: number; type: string }>(`SELECT * FROM pragma_table_info('${name}')`);
    const indexes = await db.all<{ name: string; origin: string }>(`SELECT * FROM pragma_index_list('${name}')`);
    out[name] = {
      // SQLite lets an INTEGER PRIMARY KEY hold null in its declaration; it is the rowid and never null.
      columns: Object.fromEntries(cols.map((c) => [c.name, { notNull: c.notnull === 1 || (c.pk > 0 && c.type === "INTEGER") }])),
      primaryKey: cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      indexes: indexes.filter((i) => i.origin === "c").map((i) => i.name).sort(),
    };
  }
  return out;
}

async function postgresShape(db: SqlDb): Promise<Record<string, TableShape>> {
  const out: Record<string, TableShape> = {};
  const cols = await db.all<{ t: string; c: string; nullable: string }>(`SELECT table_name AS t, column_name AS c, is_nullable AS nullable
    FROM information_schema.columns WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`);
  for (const c of cols.filter((x) => !INTERNAL.test(x.t) && x.c !== "tsv")) {
    out[c.t] ??= { columns: {}, primaryKey: [], indexes: [] };
    out[c.t]!.columns[c.c] = { notNull: c.nullable === "NO" };
  }
  const keys = await db.all<{ t: string; c: string }>(`SELECT k.table_name AS t, k.column_name AS c FROM information_schema.key_column_usage k
    JOIN information_schema.table_constraints tc ON tc.constraint_name = k.constraint_name AND tc.table_schema = k.table_schema
    WHERE tc.constraint_type = 'PRIMARY KEY' AND k.table_schema = current_schema() ORDER BY k.table_name, k.ordinal_position`);
  for (const k of keys) out[k.t]?.primaryKey.push(k.c);
  const indexes = await db.all<{ t: string; i: string }>(`SELECT tablename AS t, indexname AS i FROM pg_indexes
    WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key' AND indexname NOT LIKE '%_tsv'`);
  for (const i of indexes) out[i.t]?.indexes.push(i.i);
  for (const t of Object.values(out)) t.indexes.sort();
  return out;
}

/** The shape of the database `db` is connected to. */
export const schemaShape = (db: SqlDb) => (db.dialect.name === "sqlite" ? sqliteShape(db) : postgresShape(db));
