import type { Row, SqlDb } from "./db.ts";

// Below SQLite's 32766 and PostgreSQL's 65535 bound parameters per statement.
const MAX_PARAMS = 30_000;

/**
 * Inserts rows with multi-row VALUES (a statement per chunk, not per row: one round trip on a network database).
 * `returning` names columns to read back; their order is not the rows' order, so callers read back a key.
 */
export async function insertRows(db: SqlDb, table: string, columns: string[], rows: unknown[][], o: { returning?: string; ignoreConflicts?: boolean } = {}): Promise<Row[]> {
  const out: Row[] = [];
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  const per = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${chunk.map(() => tuple).join(", ")}`
      + (o.ignoreConflicts ? " ON CONFLICT DO NOTHING" : "") + (o.returning ? ` RETURNING ${o.returning}` : "");
    out.push(...(await db.all(sql, chunk.flat())));
  }
  return out;
}

/** Inserts rows whose second column is `ord` (their position) and returns their ids by position. */
export async function insertOrdered(db: SqlDb, table: string, columns: string[], rows: unknown[][]): Promise<number[]> {
  const ids: number[] = [];
  for (const r of await insertRows(db, table, columns, rows, { returning: "id, ord" })) ids[Number(r.ord)] = Number(r.id);
  return ids;
}
