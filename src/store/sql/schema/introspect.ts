import type { SqlDb } from "../db.ts";

/** A database's tables as the engine reports them, reduced to what both engines can say alike. */
export interface TableShape {
  /** Each column's storage class (int, text, bytes; wider integers say so) and whether it may be null. */
  columns: Record<string, { type: string; notNull: boolean }>;
  primaryKey: string[];
  indexes: string[];
  /** "column -> table", sorted. */
  references: string[];
}

// Full-text machinery differs by design (FTS5 shadow tables, tsvector columns); the version table is the runner's.
const INTERNAL = /^(articles_fts|quotes_fts|schema_version|sqlite_)/;

// Booleans, JSON and timestamps are stored as integers and text by SQLite: compare in its classes.
const PG_CLASS: Record<string, string> = {
  integer: "int", boolean: "int", text: "text", jsonb: "text", "timestamp with time zone": "text", bytea: "bytes",
};
const SQLITE_CLASS: Record<string, string> = { INTEGER: "int", TEXT: "text", BLOB: "bytes" };

async function sqliteShape(db: SqlDb): Promise<Record<string, TableShape>> {
  const out: Record<string, TableShape> = {};
  const tables = await db.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
  for (const { name } of tables.filter((t) => !INTERNAL.test(t.name))) {
    const cols = await db.all<{ name: string; notnull: number; pk: number; type: string }>("SELECT * FROM pragma_table_info(?)", [name]);
    const indexes = await db.all<{ name: string; origin: string }>("SELECT * FROM pragma_index_list(?)", [name]);
    const refs = await db.all<{ from: string; table: string }>("SELECT * FROM pragma_foreign_key_list(?)", [name]);
    out[name] = {
      columns: Object.fromEntries(cols.map((c) => [c.name, {
        type: SQLITE_CLASS[c.type] ?? c.type,
        // An INTEGER PRIMARY KEY is the rowid: never null, whatever its declaration says.
        notNull: c.notnull === 1 || (c.pk > 0 && c.type === "INTEGER"),
      }])),
      primaryKey: cols.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name),
      indexes: indexes.filter((i) => i.origin === "c").map((i) => i.name).sort(),
      references: refs.map((r) => `${r.from} -> ${r.table}`).sort(),
    };
  }
  return out;
}

async function postgresShape(db: SqlDb): Promise<Record<string, TableShape>> {
  const out: Record<string, TableShape> = {};
  const cols = await db.all<{ t: string; c: string; nullable: string; type: string }>(`SELECT table_name AS t, column_name AS c,
    is_nullable AS nullable, data_type AS type FROM information_schema.columns WHERE table_schema = current_schema()
    ORDER BY table_name, ordinal_position`);
  for (const c of cols.filter((x) => !INTERNAL.test(x.t) && x.c !== "tsv")) {
    out[c.t] ??= { columns: {}, primaryKey: [], indexes: [], references: [] };
    out[c.t]!.columns[c.c] = { type: PG_CLASS[c.type] ?? c.type, notNull: c.nullable === "NO" };
  }
  const keys = await db.all<{ t: string; c: string; kind: string; r: string }>(`SELECT k.table_name AS t, k.column_name AS c,
      tc.constraint_type AS kind, u.table_name AS r
    FROM information_schema.key_column_usage k
    JOIN information_schema.table_constraints tc ON tc.constraint_name = k.constraint_name AND tc.table_schema = k.table_schema
    LEFT JOIN information_schema.constraint_column_usage u ON tc.constraint_type = 'FOREIGN KEY'
      AND u.constraint_name = tc.constraint_name AND u.table_schema = tc.table_schema
    WHERE tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') AND k.table_schema = current_schema()
    ORDER BY k.table_name, k.ordinal_position`);
  for (const k of keys) {
    if (k.kind === "PRIMARY KEY") out[k.t]?.primaryKey.push(k.c);
    else out[k.t]?.references.push(`${k.c} -> ${k.r}`);
  }
  const indexes = await db.all<{ t: string; i: string }>(`SELECT tablename AS t, indexname AS i FROM pg_indexes
    WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key' AND indexname NOT LIKE '%_tsv'`);
  for (const i of indexes) out[i.t]?.indexes.push(i.i);
  for (const t of Object.values(out)) {
    t.indexes.sort();
    t.references.sort();
  }
  return out;
}

/** The shape of the database `db` is connected to. */
export const schemaShape = (db: SqlDb) => (db.dialect.name === "sqlite" ? sqliteShape(db) : postgresShape(db));
