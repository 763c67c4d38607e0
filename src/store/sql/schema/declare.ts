import type { ColumnType, FullTextColumn, FullTextTable } from "../dialect.ts";

/**
 * A column in one line: `type[?] [unique] [default now|0|1|false|true] [-> table [cascade]]`; `?` makes it nullable.
 * "int -> articles cascade" is a required reference to articles(id) deleted with its article.
 */
export type ColumnSpec = string;

export interface TableDecl {
  name: string;
  columns: Record<string, ColumnSpec>;
  primaryKey?: string[];
  /** SQLite stores such a table in its primary-key b-tree (no rowid); ignored elsewhere. */
  withoutRowid?: boolean;
}

/** An index element: a column, or `ci:column` for one compared ignoring case (see Dialect.ieq). */
export interface IndexDecl {
  name: string;
  table: string;
  columns: string[];
}

/** One step of the schema's history; the dialects turn each into their DDL (schema/ddl.ts). */
export type Op =
  | { create: TableDecl }
  | { index: IndexDecl }
  | { dropIndex: string }
  | { addColumn: string; table: string; spec: ColumnSpec }
  | { dropColumn: string; table: string }
  | { fullText: FullTextTable; columns: FullTextColumn[] }
  /** What the declaration cannot say (moving data, repairing one engine's past schema): per engine, or nothing there. */
  | { sql: { sqlite?: string; postgres?: string } };

export interface Migration {
  version: number;
  /** Why the step exists. */
  why: string;
  ops: Op[];
}

export interface ParsedColumn {
  type: ColumnType;
  notNull: boolean;
  unique: boolean;
  default?: "now" | number | boolean;
  references?: { table: string; cascade: boolean };
}

const SPEC = /^(id|int|text|json|bool|timestamp|bytes)(\?)?( unique)?(?: default (now|-?\d+|true|false))?(?: -> (\w+)( cascade)?)?$/;

export function parseColumn(spec: ColumnSpec): ParsedColumn {
  const m = SPEC.exec(spec.trim());
  if (!m) throw new Error(`bad column spec "${spec}"`);
  const [, type, optional, unique, def, ref, cascade] = m;
  const out: ParsedColumn = { type: type as ColumnType, notNull: !optional && type !== "id", unique: Boolean(unique) };
  if (def !== undefined) out.default = def === "now" ? "now" : def === "true" ? true : def === "false" ? false : Number(def);
  if (ref) out.references = { table: ref, cascade: Boolean(cascade) };
  return out;
}

export const create = (name: string, columns: Record<string, ColumnSpec>, o: Omit<TableDecl, "name" | "columns"> = {}): Op =>
  ({ create: { name, columns, ...o } });
export const index = (name: string, table: string, ...columns: string[]): Op => ({ index: { name, table, columns } });
