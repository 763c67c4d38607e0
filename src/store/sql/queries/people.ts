import type { FactFilter, PersonRow, QuoteRow } from "../../types.ts";
import { resolveFilter } from "../../common/filter.ts";
import { groupRoles, toPerson, toQuote } from "../../common/mappers.ts";
import { searchWords } from "../../common/search-words.ts";
import type { Dialect } from "../dialect.ts";
import type { Row, SqlDb } from "../db.ts";
import { Where, personMatch } from "../where.ts";
import { evidenceFor } from "./evidence.ts";

const roleOf = (d: Dialect, person: string) =>
  `EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = ${person}.id AND ${d.ieq('r."of"')})`;

export async function queryPeople(db: SqlDb, filter: FactFilter): Promise<PersonRow[]> {
  const d = db.dialect;
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add(roleOf(d, "p"), f.org);
  if (f.country) w.add(roleOf(d, "p"), f.country);
  if (f.body) w.add(`EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND ${d.icontains("r.title")})`, f.body);
  if (f.year) w.add("p.year = ?", f.year);
  if (f.personLike) w.add(personMatch("p.person_keys"), f.personLike);
  if (f.articleId !== undefined) w.add("p.article_id = ?", f.articleId);
  const rows = await db.all<Row>(
    `SELECT p.* FROM people p ${w.sql()} ORDER BY ${d.sortText("p.name")}, p.article_id, p.ord LIMIT ? OFFSET ?`,
    [...w.params, f.limit, f.offset],
  );
  const ids = rows.map((r) => Number(r.id));
  const roles = ids.length
    ? await db.all<Row>(`SELECT person_id, title, "of", acting FROM person_roles WHERE ${d.inList("person_id")} ORDER BY person_id, ord`, [d.list(ids)])
    : [];
  const byPerson = groupRoles(roles);
  const ev = await evidenceFor(db, "person", ids);
  return rows.map((r) => toPerson(r, byPerson, ev));
}

export async function queryQuotes(db: SqlDb, filter: FactFilter & { text?: string }): Promise<QuoteRow[]> {
  const d = db.dialect;
  const f = resolveFilter(filter);
  const w = new Where();
  // A quote's organization or country is its speaker's, as the same article gives the speaker's roles.
  const speakerRole = `EXISTS (SELECT 1 FROM people p WHERE p.article_id = q.article_id AND p.person_keys = q.person_keys AND ${roleOf(d, "p")})`;
  if (f.org) w.add(speakerRole, f.org);
  if (f.country) w.add(speakerRole, f.country);
  if (f.year) w.add("q.year = ?", f.year);
  if (f.personLike) w.add(personMatch("q.person_keys"), f.personLike);
  if (f.articleId !== undefined) w.add("q.article_id = ?", f.articleId);
  if (f.text) {
    const words = searchWords(f.text);
    if (words.length) w.add(d.fullText.match("quotes", "q"), d.fullText.query(words));
    else w.add("1 = 0");
  }
  const rows = await db.all<Row>(`SELECT q.* FROM quotes q ${w.sql()} ORDER BY q.article_id, q.ord LIMIT ? OFFSET ?`, [...w.params, f.limit, f.offset]);
  const ev = await evidenceFor(db, "quote", rows.map((r) => Number(r.id)));
  return rows.map((r) => toQuote(r, ev));
}
