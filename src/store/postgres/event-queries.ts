import type { Pool } from "pg";
import type { EventRow, FactFilter } from "../types.ts";
import { resolveFilter } from "../common/filter.ts";
import { toEvent } from "../common/mappers.ts";
import { evidenceFor } from "./evidence.ts";
import { Where, personMatch } from "./where.ts";

const inArray = (column: string) => `EXISTS (SELECT 1 FROM jsonb_array_elements_text(${column}) x WHERE lower(x) = lower($))`;

export async function queryEvents(pool: Pool, filter: FactFilter): Promise<EventRow[]> {
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add("lower(e.org) = lower($)", f.org);
  if (f.body) w.add(inArray("e.bodies"), f.body);
  if (f.year) w.add("substr(e.start, 1, 4) = $", f.year);
  if (f.personLike) w.add(personMatch("e.person_keys"), f.personLike);
  if (f.country) w.add(`(lower(e.country) = lower($) OR ${inArray("e.states")})`, f.country, f.country);
  if (f.articleId !== undefined) w.add("e.article_id = $", f.articleId);
  const page = `LIMIT ${w.placeholder(f.limit)} OFFSET ${w.placeholder(f.offset)}`;
  const { rows } = await pool.query(
    `SELECT e.* FROM events e ${w.sql()} ORDER BY e.start IS NULL, e.start COLLATE "C", e.article_id, e.ord ${page}`,
    w.params,
  );
  const ev = await evidenceFor(pool, "event", rows.map((r) => Number(r.id)));
  return rows.map((r) => toEvent(r, ev));
}
