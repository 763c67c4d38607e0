import type { Database } from "better-sqlite3";
import type { ChairmanshipRow, FactFilter } from "../types.ts";
import { resolveFilter } from "../common/filter.ts";
import { toChairmanship } from "../common/mappers.ts";
import { evidenceFor } from "./evidence.ts";
import { Where } from "./where.ts";

/** Body and person filters do not apply to chairmanships (a state chairs an organization). */
export function queryChairmanships(db: Database, filter: FactFilter): ChairmanshipRow[] {
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add("c.org = ? COLLATE NOCASE", f.org);
  if (f.country) w.add("c.state = ? COLLATE NOCASE", f.country);
  if (f.year) w.add("substr(c.start, 1, 4) = ?", f.year);
  if (f.articleId !== undefined) w.add("c.article_id = ?", f.articleId);
  const rows = db
    .prepare(`SELECT c.* FROM chairmanships c ${w.sql()} ORDER BY c.org, c.start IS NULL, c.start, c.article_id, c.ord LIMIT ? OFFSET ?`)
    .all(...w.params, f.limit, f.offset) as Record<string, unknown>[];
  const ev = evidenceFor(db, "chairmanship", rows.map((r) => r.id as number));
  return rows.map((r) => toChairmanship(r, ev));
}
