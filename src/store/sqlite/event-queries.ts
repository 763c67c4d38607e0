import type { Database } from "better-sqlite3";
import type { EventRow, FactFilter } from "../types.ts";
import { resolveFilter } from "../common/filter.ts";
import { toEvent } from "../common/mappers.ts";
import { evidenceFor } from "./evidence.ts";
import { Where, personMatch } from "./where.ts";

export function queryEvents(db: Database, filter: FactFilter): EventRow[] {
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add("e.org = ? COLLATE NOCASE", f.org);
  if (f.body) w.add("EXISTS (SELECT 1 FROM json_each(e.bodies) b WHERE b.value = ? COLLATE NOCASE)", f.body);
  if (f.year) w.add("substr(e.start, 1, 4) = ?", f.year);
  if (f.personLike) w.add(personMatch("e.person_keys"), f.personLike);
  if (f.country) {
    w.add("(e.country = ? COLLATE NOCASE OR EXISTS (SELECT 1 FROM json_each(e.states) s WHERE s.value = ? COLLATE NOCASE))", f.country, f.country);
  }
  if (f.articleId !== undefined) w.add("e.article_id = ?", f.articleId);
  const rows = db
    .prepare(`SELECT e.* FROM events e ${w.sql()} ORDER BY e.start IS NULL, e.start, e.article_id, e.ord LIMIT ? OFFSET ?`)
    .all(...w.params, f.limit, f.offset) as Record<string, unknown>[];
  const ev = evidenceFor(db, "event", rows.map((r) => r.id as number));
  return rows.map((r) => toEvent(r, ev));
}
