import type { Pool } from "pg";
import type { FactFilter, PersonRow, QuoteRow } from "../types.ts";
import { resolveFilter } from "../common/filter.ts";
import { groupRoles, toPerson, toQuote } from "../common/mappers.ts";
import { searchWords } from "../common/search-words.ts";
import { evidenceFor } from "./evidence.ts";
import { Where, personMatch } from "./where.ts";

const roleOf = (person: string) => `EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = ${person}.id AND lower(r."of") = lower($))`;

export async function queryPeople(pool: Pool, filter: FactFilter): Promise<PersonRow[]> {
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add(roleOf("p"), f.org);
  if (f.country) w.add(roleOf("p"), f.country);
  if (f.body) w.add("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND strpos(lower(r.title), lower($)) > 0)", f.body);
  if (f.year) w.add("p.year = $", f.year);
  if (f.personLike) w.add(personMatch("p.person_keys"), f.personLike);
  if (f.articleId !== undefined) w.add("p.article_id = $", f.articleId);
  const page = `LIMIT ${w.placeholder(f.limit)} OFFSET ${w.placeholder(f.offset)}`;
  const { rows } = await pool.query(`SELECT p.* FROM people p ${w.sql()} ORDER BY p.name COLLATE "C", p.article_id, p.ord ${page}`, w.params);
  const ids = rows.map((r) => Number(r.id));
  const roles = await pool.query(
    `SELECT person_id, title, "of", acting FROM person_roles WHERE person_id = ANY($1::int[]) ORDER BY person_id, ord`, [ids]);
  const byPerson = groupRoles(roles.rows);
  const ev = await evidenceFor(pool, "person", ids);
  return rows.map((r) => toPerson(r, byPerson, ev));
}

export async function queryQuotes(pool: Pool, filter: FactFilter & { text?: string }): Promise<QuoteRow[]> {
  const f = resolveFilter(filter);
  const w = new Where();
  // A quote's organization or country is its speaker's, as the same article gives the speaker's roles.
  const speakerRole = `EXISTS (SELECT 1 FROM people p WHERE p.article_id = q.article_id AND p.person_keys = q.person_keys AND ${roleOf("p")})`;
  if (f.org) w.add(speakerRole, f.org);
  if (f.country) w.add(speakerRole, f.country);
  if (f.year) w.add("q.year = $", f.year);
  if (f.personLike) w.add(personMatch("q.person_keys"), f.personLike);
  if (f.articleId !== undefined) w.add("q.article_id = $", f.articleId);
  if (f.text) {
    const words = searchWords(f.text);
    w.add(words.length ? "q.tsv @@ plainto_tsquery('simple', $)" : "false", words.join(" "));
  }
  const page = `LIMIT ${w.placeholder(f.limit)} OFFSET ${w.placeholder(f.offset)}`;
  const { rows } = await pool.query(`SELECT q.* FROM quotes q ${w.sql()} ORDER BY q.article_id, q.ord ${page}`, w.params);
  const ev = await evidenceFor(pool, "quote", rows.map((r) => Number(r.id)));
  return rows.map((r) => toQuote(r, ev));
}
