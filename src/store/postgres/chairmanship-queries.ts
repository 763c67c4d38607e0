import type { Pool } from "pg";
import type { ChairmanshipRow, FactFilter } from "../types.ts";
import { resolveFilter } from "../common/filter.ts";
import { toChairmanship } from "../common/mappers.ts";
import { evidenceFor } from "./evidence.ts";
import { Where } from "./where.ts";

/** Body and person filters do not apply to chairmanships (a state chairs an organization). */
export async function queryChairmanships(pool: Pool, filter: FactFilter): Promise<ChairmanshipRow[]> {
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add("lower(c.org) = lower($)", f.org);
  if (f.country) w.add("lower(c.state) = lower($)", f.country);
  if (f.year) w.add("substr(c.start, 1, 4) = $", f.year);
  if (f.articleId !== undefined) w.add("c.article_id = $", f.articleId);
  const page = `LIMIT ${w.placeholder(f.limit)} OFFSET ${w.placeholder(f.offset)}`;
  const { rows } = await pool.query(
    `SELECT c.* FROM chairmanships c ${w.sql()} ORDER BY c.org COLLATE "C", c.start IS NULL, c.start COLLATE "C", c.article_id, c.ord ${page}`,
    w.params,
  );
  const ev = await evidenceFor(pool, "chairmanship", rows.map((r) => Number(r.id)));
  return rows.map((r) => toChairmanship(r, ev));
}
