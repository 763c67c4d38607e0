import type { Dialect, FullTextTable } from "../sql/dialect.ts";

const ftsTable = (t: FullTextTable) => `${t}_fts`;

// snippet() and bm25() must be computed in the query that matches the FTS table, hence a whole hits query here.
const HITS = `SELECT * FROM (
    SELECT 'article' AS kind, f.rowid AS "articleId", f.rowid AS id, a.title AS title,
           snippet(articles_fts, 1, '[[', ']]', '…', 16) AS snippet, bm25(articles_fts) AS rank
      FROM articles_fts f JOIN articles a ON a.id = f.rowid WHERE articles_fts MATCH ?
    UNION ALL
    SELECT 'quote', q.article_id, f.rowid, a.title, snippet(quotes_fts, 1, '[[', ']]', '…', 16), bm25(quotes_fts)
      FROM quotes_fts f JOIN quotes q ON q.id = f.rowid JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ?
  ) ORDER BY rank, kind, id LIMIT ? OFFSET ?`;

/** SQLite: JSON arrays bound as text and read with json_each, NOCASE comparisons, FTS5 tables kept by triggers. */
export const sqliteDialect: Dialect = {
  name: "sqlite",
  placeholders: (sql) => sql,
  inList: (expr) => `${expr} IN (SELECT value FROM json_each(?))`,
  list: (values) => JSON.stringify(values),
  ieq: (expr) => `${expr} = ? COLLATE NOCASE`,
  icontains: (expr) => `instr(lower(${expr}), lower(?)) > 0`,
  jsonHas: (column) => `EXISTS (SELECT 1 FROM json_each(${column}) x WHERE x.value = ? COLLATE NOCASE)`,
  sortText: (expr) => expr,
  bool: (value) => (value ? 1 : 0),
  true: "1",
  json: <T>(value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as T,
  fullText: {
    // Quoted terms, implicitly ANDed: the words can never be read as FTS5 query syntax.
    query: (words) => words.map((w) => `"${w}"`).join(" "),
    match: (table, alias) => `${alias}.id IN (SELECT rowid FROM ${ftsTable(table)} WHERE ${ftsTable(table)} MATCH ?)`,
    hits: (query, limit, offset) => ({ sql: HITS, params: [query, query, limit, offset] }),
  },
  ddl: {
    type: (t) => ({ id: "INTEGER PRIMARY KEY", int: "INTEGER", text: "TEXT", json: "TEXT", bool: "INTEGER", timestamp: "TEXT", bytes: "BLOB" })[t],
    default: (v) => (v === "now" ? "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))" : String(Number(v))),
    ciIndex: (column) => `${column} COLLATE NOCASE`,
    withoutRowid: " WITHOUT ROWID",
    addColumnIfNotExists: "",
    fullText: (table, columns) => {
      const fts = ftsTable(table);
      const names = columns.map((c) => c.name).join(", ");
      const values = columns.map((c) => c.value((n) => `new."${n}"`)).join(", ");
      return [
        `CREATE VIRTUAL TABLE IF NOT EXISTS ${fts} USING fts5(${names}, tokenize = 'unicode61 remove_diacritics 2')`,
        `CREATE TRIGGER IF NOT EXISTS ${fts}_insert AFTER INSERT ON ${table} BEGIN
  INSERT INTO ${fts} (rowid, ${names}) VALUES (new.id, ${values}); END`,
        `CREATE TRIGGER IF NOT EXISTS ${fts}_delete AFTER DELETE ON ${table} BEGIN DELETE FROM ${fts} WHERE rowid = old.id; END`,
      ];
    },
  },
};
