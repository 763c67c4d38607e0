import type { Dialect } from "../sql/dialect.ts";

/** `?` → `$1`, `$2`... outside quoted strings and identifiers. */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/'(?:[^']|'')*'|"(?:[^"]|"")*"|\?/g, (m) => (m === "?" ? `$${++n}` : m));
}

// ts_headline marks matches with [[ ]] like the SQLite snippet; it runs on the page only (it reads the whole text).
const HEADLINE = `'StartSel="[[", StopSel="]]", MinWords=8, MaxWords=24, MaxFragments=1, FragmentDelimiter=" … "'`;
const HITS = `WITH query AS (SELECT plainto_tsquery('simple', ?) AS tq), hits AS (
    SELECT 'article' AS kind, a.id AS "articleId", a.id, a.title, a.text AS body, ts_rank(a.tsv, query.tq) AS rank
      FROM articles a, query WHERE a.tsv @@ query.tq
    UNION ALL
    SELECT 'quote', q.article_id, q.id, a.title, coalesce(q."full", q.text), ts_rank(q.tsv, query.tq)
      FROM quotes q JOIN articles a ON a.id = q.article_id, query WHERE q.tsv @@ query.tq
    ORDER BY rank DESC, kind, id LIMIT ? OFFSET ?)
  SELECT kind, "articleId", id, title, ts_headline('simple', body, query.tq, ${HEADLINE}) AS snippet
    FROM hits, query ORDER BY rank DESC, kind, id`;

/** PostgreSQL: arrays bound as arrays, lower() comparisons (indexed so), jsonb, tsvector columns. */
export const postgresDialect: Dialect = {
  name: "postgres",
  placeholders: numbered,
  inList: (expr) => `${expr} = ANY(?)`,
  list: (values) => values,
  ieq: (expr) => `lower(${expr}) = lower(?)`,
  icontains: (expr) => `strpos(lower(${expr}), lower(?)) > 0`,
  jsonHas: (column) => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(${column}) x WHERE lower(x) = lower(?))`,
  sortText: (expr) => `${expr} COLLATE "C"`,
  bool: (value) => value,
  true: "true",
  json: <T>(value: unknown) => value as T,
  fullText: {
    query: (words) => words.join(" "),
    match: (_table, alias) => `${alias}.tsv @@ plainto_tsquery('simple', ?)`,
    hits: (query, limit, offset) => ({ sql: HITS, params: [query, limit, offset] }),
  },
  ddl: {
    type: (t) => ({ id: "SERIAL PRIMARY KEY", int: "INTEGER", text: "TEXT", json: "JSONB", bool: "BOOLEAN", timestamp: "TIMESTAMPTZ", bytes: "BYTEA" })[t],
    default: (v) => (v === "now" ? "now()" : String(v)),
    ciIndex: (column) => `lower(${column})`,
    withoutRowid: "",
    addColumnIfNotExists: "IF NOT EXISTS ",
    fullText: (table, columns) => {
      const doc = columns.map((c) => c.value((n) => `"${n}"`)).join(" || ' ' || ");
      return [
        `ALTER TABLE ${table} ADD COLUMN IF NOT EXISTS tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', ${doc})) STORED`,
        `CREATE INDEX IF NOT EXISTS ${table}_tsv ON ${table} USING gin(tsv)`,
      ];
    },
  },
};
