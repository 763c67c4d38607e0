import type { Database } from "better-sqlite3";
import type { FactFilter, PersonRow, QuoteRow } from "../types.ts";
import { resolveFilter } from "../common/filter.ts";
import { groupRoles, toPerson, toQuote } from "../common/mappers.ts";
import { searchWords } from "../common/search-words.ts";
import { evidenceFor } from "./evidence.ts";
import { ftsQuery } from "./fts.ts";
import { Where, idList, personMatch } from "./where.ts";

const roleOf = (person: string) =>
  `EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = ${person}.id AND r."of" = ? COLLATE NOCASE)`;

export function queryPeople(db: Database, filter: FactFilter): PersonRow[] {
  const f = resolveFilter(filter);
  const w = new Where();
  if (f.org) w.add(roleOf("p"), f.org);
  if (f.country) w.add(roleOf("p"), f.country);
  if (f.body) w.add("EXISTS (SELECT 1 FROM person_roles r WHERE r.person_id = p.id AND instr(lower(r.title), lower(?)) > 0)", f.body);
  if (f.year) w.add("p.year = ?", f.year);
  if (f.personLike) w.add(personMatch("p.person_keys"), f.personLike);
  if (f.articleId !== undefined) w.add("p.article_id = ?", f.articleId);
  const rows = db
    .prepare(`SELECT p.* FROM people p ${w.sql()} ORDER BY p.name, p.article_id, p.ord LIMIT ? OFFSET ?`)
    .all(...w.params, f.limit, f.offset) as Record<string, unknown>[];
  const ids = rows.map((r) => r.id as number);
  const roles = db
    .prepare(`SELECT person_id, title, "of", acting FROM person_roles WHERE person_id IN (SELECT value FROM json_each(?)) ORDER BY person_id, ord`)
    .all(idList(ids)) as Record<string, unknown>[];
  const byPerson = groupRoles(roles);
  const ev = evidenceFor(db, "person", ids);
  return rows.map((r) => toPerson(r, byPerson, ev));
}

export function queryQuotes(db: Database, filter: FactFilter & { text?: string }): QuoteRow[] {
  const f = resolveFilter(filter);
  const w = new Where();
  // A quote's organization or country is its speaker's, as the same article gives the speaker's roles.
  const speakerRole = `EXISTS (SELECT 1 FROM people p WHERE p.article_id = q.article_id AND p.person_keys = q.person_keys AND ${roleOf("p")})`;
  if (f.org) w.add(speakerRole, f.org);
  if (f.country) w.add(speakerRole, f.country);
  if (f.year) w.add("q.year = ?", f.year);
  if (f.personLike) w.add(personMatch("q.person_keys"), f.personLike);
  if (f.articleId !== undefined) w.add("q.article_id = ?", f.articleId);
  if (f.text) w.add("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)", ftsQuery(searchWords(f.text)));
  const rows = db
    .prepare(`SELECT q.* FROM quotes q ${w.sql()} ORDER BY q.article_id, q.ord LIMIT ? OFFSET ?`)
    .all(...w.params, f.limit, f.offset) as Record<string, unknown>[];
  const ev = evidenceFor(db, "quote", rows.map((r) => r.id as number));
  return rows.map((r) => toQuote(r, ev));
}
