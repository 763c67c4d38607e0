import type { Row, SqlDb } from "./db.ts";

// Below SQLite's 32766 and PostgreSQL's 65535 bound parameters per statement.
const MAX_PARAMS = 30_000;

/**
 * Inserts rows with multi-row VALUES (a statement per chunk, not per row: one round trip on a network database), or,
 * where running a prepared statement costs no round trip (SQLite), with one single-row statement run per row: its text
 * does not vary with the row count, so it is prepared once and stays in the statement cache (a multi-row VALUES
 * is parsed again for every count, and SQLite runs it slower: 281 against 98 µs for an article's 32 bands).
 * `returning` names columns to read back; their order is not the rows' order, so callers read back a key.
 */
export async function insertRows(db: SqlDb, table: string, columns: string[], rows: unknown[][], o: { returning?: string; ignoreConflicts?: boolean } = {}): Promise<Row[]> {
  if (!rows.length) return [];
  const out: Row[] = [];
  const tuple = `(${columns.map(() => "?").join(", ")})`;
  if (db.rowByRow) {
    const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuple}`
      + (o.ignoreConflicts ? " ON CONFLICT DO NOTHING" : "") + (o.returning ? ` RETURNING ${o.returning}` : "");
    return db.each(sql, rows);
  }
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
  if (db.rowByRow && rows.length) {
    // One row at a time: the ids come back in the rows' order.
    const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`;
    return (await db.insertEach(sql, rows)).map((id) => id!);
  }
  const ids: number[] = [];
  for (const r of await insertRows(db, table, columns, rows, { returning: "id, ord" })) ids[Number(r.ord)] = Number(r.id);
  return ids;
}
