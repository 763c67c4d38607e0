import type { ChairmanshipRow, FactFilter } from "../../types.ts";
import { resolveFilter } from "../../common/filter.ts";
import { toChairmanship } from "../../common/mappers.ts";
import type { Row, SqlDb } from "../db.ts";
import { Where } from "../where.ts";
import { evidenceFor } from "./evidence.ts";

/** Body and person filters do not apply to chairmanships (a state chairs an organization). */
export async function queryChairmanships(db: SqlDb, filter: FactFilter): Promise<ChairmanshipRow[]> {
  const d = db.dialect;
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add(d.ieq("c.org"), f.org);
  if (f.country) w.add(d.ieq("c.state"), f.country);
  if (f.year) w.add("substr(c.start, 1, 4) = ?", f.year);
  if (f.articleId !== undefined) w.add("c.article_id = ?", f.articleId);
  const rows = await db.all<Row>(
    `SELECT c.* FROM chairmanships c ${w.sql()}
     ORDER BY ${d.sortText("c.org")}, c.start IS NULL, ${d.sortText("c.start")}, c.article_id, c.ord LIMIT ? OFFSET ?`,
    [...w.params, f.limit, f.offset],
  );
  const ev = await evidenceFor(db, "chairmanship", rows.map((r) => Number(r.id)));
  return rows.map((r) => toChairmanship(r, ev));
}
