/**
 * What differs between the SQL engines the store runs on. The queries (src/store/sql/queries) are written once with
 * `?` placeholders and these fragments; each adapter supplies its dialect and its driver, nothing else.
 * Every fragment takes column expressions of ours (never user text) and binds values with `?`.
 */
export interface Dialect {
  readonly name: "sqlite" | "postgres";
  /** The SQL as the driver takes it (`?` → `$1`, `$2`... on PostgreSQL). */
  placeholders(sql: string): string;
  /** `expr` is one of a list bound as a single parameter (see `list`): the statement text does not grow with the list. */
  inList(expr: string): string;
  /** The parameter value for `inList`. */
  list(values: readonly unknown[]): unknown;
  /** `expr` equals the bound value, ignoring case. */
  ieq(expr: string): string;
  /** `expr` contains the bound value, ignoring case. */
  icontains(expr: string): string;
  /** The JSON array in `column` has an element equal to the bound value, ignoring case. */
  jsonHas(column: string): string;
  /** `expr` sorted by code point, as SQLite sorts text (PostgreSQL would use the database's collation). */
  sortText(expr: string): string;
  /** A boolean parameter value, and the literal for true. */
  bool(value: boolean): unknown;
  readonly true: string;
  /** A JSON column as read: SQLite gives the text, PostgreSQL (jsonb) the parsed value. */
  json<T>(value: unknown): T;
  readonly fullText: FullText;
  readonly ddl: DdlDialect;
}

export type FullTextTable = "articles" | "quotes";

/** Full-text search: SQLite keeps FTS5 tables beside the tables, PostgreSQL a generated tsvector column. */
export interface FullText {
  /** The value bound for the user's words (letters and digits only, never empty). */
  query(words: string[]): string;
  /** `alias` (a row of `table`) matches the bound query. */
  match(table: FullTextTable, alias: string): string;
  /** Article and quote hits, best first, with snippets marked [[ ]]: SQL and parameters for one page. */
  hits(query: string, limit: number, offset: number): { sql: string; params: unknown[] };
}

/** The column types of the declared schema (src/store/sql/schema.ts). */
export type ColumnType = "id" | "int" | "text" | "json" | "bool" | "timestamp" | "bytes";

export interface DdlDialect {
  type(type: ColumnType): string;
  /** The column default for "now" (timestamps), or a constant. */
  default(value: "now" | number | boolean): string;
  /** An index element that serves `ieq` on the column. */
  ciIndex(column: string): string;
  /** Table options after the closing parenthesis (SQLite: WITHOUT ROWID for tables keyed by their primary key). */
  withoutRowid: string;
  /** ALTER TABLE ... ADD COLUMN guard: PostgreSQL can say IF NOT EXISTS, SQLite cannot. */
  addColumnIfNotExists: string;
  /** The statements that index `columns` of `table` for full-text search and keep the index current. */
  fullText(table: FullTextTable, columns: FullTextColumn[]): string[];
}

/** A searchable column: its name in the index and its value computed from the row (`col` names a column). */
export interface FullTextColumn {
  name: string;
  value: (col: (name: string) => string) => string;
}
