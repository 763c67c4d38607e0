import type { Dialect } from "../dialect.ts";
import { type Op, type ParsedColumn, type TableDecl, parseColumn } from "./declare.ts";

/** Every identifier is quoted: "end", "of" and "full" are keywords in one engine or the other. */
const q = (name: string) => `"${name}"`;

export function columnSql(d: Dialect, name: string, c: ParsedColumn): string {
  const parts = [q(name), d.ddl.type(c.type)];
  if (c.notNull) parts.push("NOT NULL");
  if (c.unique) parts.push("UNIQUE");
  if (c.default !== undefined) parts.push(`DEFAULT ${d.ddl.default(c.default)}`);
  if (c.references) parts.push(`REFERENCES ${c.references.table}(id)${c.references.cascade ? " ON DELETE CASCADE" : ""}`);
  return parts.join(" ");
}

function createTable(d: Dialect, t: TableDecl): string {
  const lines = Object.entries(t.columns).map(([name, spec]) => columnSql(d, name, parseColumn(spec)));
  if (t.primaryKey) lines.push(`PRIMARY KEY (${t.primaryKey.map(q).join(", ")})`);
  return `CREATE TABLE IF NOT EXISTS ${t.name} (\n  ${lines.join(",\n  ")}\n)${t.withoutRowid ? d.ddl.withoutRowid : ""}`;
}

const indexElement = (d: Dialect, c: string) => (c.startsWith("ci:") ? d.ddl.ciIndex(q(c.slice(3))) : q(c));

/** The statements of one step in one dialect, in order. */
export function opSql(d: Dialect, op: Op): string[] {
  if ("create" in op) return [createTable(d, op.create)];
  if ("index" in op) {
    const { name, table, columns } = op.index;
    return [`CREATE INDEX IF NOT EXISTS ${name} ON ${table}(${columns.map((c) => indexElement(d, c)).join(", ")})`];
  }
  if ("dropIndex" in op) return [`DROP INDEX IF EXISTS ${op.dropIndex}`];
  if ("addColumn" in op) {
    return [`ALTER TABLE ${op.table} ADD COLUMN ${d.ddl.addColumnIfNotExists}${columnSql(d, op.addColumn, parseColumn(op.spec))}`];
  }
  if ("dropColumn" in op) return [`ALTER TABLE ${op.table} DROP COLUMN ${q(op.dropColumn)}`];
  if ("fullText" in op) return d.ddl.fullText(op.fullText, op.columns);
  const raw = op.sql[d.name];
  return raw ? [raw] : [];
}
