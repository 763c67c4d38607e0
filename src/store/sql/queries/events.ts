import type { EventRow, FactFilter } from "../../types.ts";
import { resolveFilter } from "../../common/filter.ts";
import { toEvent } from "../../common/mappers.ts";
import type { Row, SqlDb } from "../db.ts";
import { Where, personMatch } from "../where.ts";
import { evidenceFor } from "./evidence.ts";

export async function queryEvents(db: SqlDb, filter: FactFilter): Promise<EventRow[]> {
  const d = db.dialect;
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add(d.ieq("e.org"), f.org);
  if (f.body) w.add(d.jsonHas("e.bodies"), f.body);
  if (f.year) w.add("substr(e.start, 1, 4) = ?", f.year);
  if (f.personLike) w.add(personMatch("e.person_keys"), f.personLike);
  if (f.country) w.add(`(${d.ieq("e.country")} OR ${d.jsonHas("e.states")})`, f.country, f.country);
  if (f.articleId !== undefined) w.add("e.article_id = ?", f.articleId);
  const rows = await db.all<Row>(
    `SELECT e.* FROM events e ${w.sql()} ORDER BY e.start IS NULL, ${d.sortText("e.start")}, e.article_id, e.ord LIMIT ? OFFSET ?`,
    [...w.params, f.limit, f.offset],
  );
  const ev = await evidenceFor(db, "event", rows.map((r) => Number(r.id)));
  return rows.map((r) => toEvent(r, ev));
}
