import type { PoolClient } from "pg";
import type { SaveArticleInput } from "../types.ts";
import { personKeys } from "../common/keys.ts";
import { type EvidenceInput, insertEvidence } from "./save-evidence.ts";

/** Inserts rows from a JSON array (one statement per table) and returns their ids by position in the array. */
async function insertAll(c: PoolClient, sql: string, articleId: number, rows: object[]): Promise<number[]> {
  if (!rows.length) return [];
  const res = await c.query<{ id: number; ord: number }>(sql, [articleId, JSON.stringify(rows)]);
  const ids: number[] = [];
  for (const r of res.rows) ids[r.ord] = r.id;
  return ids;
}

const FROM = "FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(v, n) RETURNING id, ord";

export async function insertFacts(c: PoolClient, articleId: number, input: SaveArticleInput): Promise<void> {
  const f = input.facts;
  const year = (input.article.published ?? f.published)?.slice(0, 4) ?? null;
  const evidence: EvidenceInput[] = [];
  const events = await insertAll(c, `INSERT INTO events (article_id, ord, kind, status, org, bodies, name, start, "end", city,
      country, chair, attendees, states, documents_signed, documents, person_keys)
    SELECT $1, n - 1, v->>'kind', v->>'status', v->>'org', v->'bodies', v->>'name', v->>'start', v->>'end', v->>'city',
      v->>'country', v->>'chair', v->'attendees', v->'states', (v->>'documents_signed')::int, v->'documents', v->>'keys' ${FROM}`,
  articleId, f.events.map((e) => ({ ...e, evidence: undefined, keys: personKeys([e.chair, ...e.attendees]) })));
  f.events.forEach((e, i) => evidence.push({ kind: "event", factId: events[i]!, list: e.evidence }));

  const people = await insertAll(c, `INSERT INTO people (article_id, ord, name, aliases, person_keys, year)
    SELECT $1, n - 1, v->>'name', v->'aliases', v->>'keys', v->>'year' ${FROM}`,
  articleId, f.people.map((p) => ({ name: p.name, aliases: p.aliases ?? [], keys: personKeys([p.name]), year })));
  f.people.forEach((p, i) => evidence.push({ kind: "person", factId: people[i]!, list: p.evidence }));
  const roles = f.people.flatMap((p, i) => p.roles.map((r, ord) => ({ person: people[i], ord, title: r.title, of: r.of, acting: Boolean(r.acting) })));
  if (roles.length) {
    await c.query(`INSERT INTO person_roles (person_id, ord, title, "of", acting)
      SELECT (r->>'person')::int, (r->>'ord')::int, r->>'title', r->>'of', (r->>'acting')::boolean FROM jsonb_array_elements($1::jsonb) r`,
    [JSON.stringify(roles)]);
  }

  const quotes = await insertAll(c, `INSERT INTO quotes (article_id, ord, speaker, text, "full", person_keys, year)
    SELECT $1, n - 1, v->>'speaker', v->>'text', v->>'full', v->>'keys', v->>'year' ${FROM}`,
  articleId, f.quotes.map((q) => ({ speaker: q.speaker, text: q.text, full: q.full ?? null, keys: personKeys([q.speaker]), year })));
  f.quotes.forEach((q, i) => evidence.push({ kind: "quote", factId: quotes[i]!, list: q.evidence }));

  const chairs = await insertAll(c, `INSERT INTO chairmanships (article_id, ord, org, state, start, "end")
    SELECT $1, n - 1, v->>'org', v->>'state', v->>'start', v->>'end' ${FROM}`,
  articleId, f.chairmanships.map((ch) => ({ ...ch, evidence: undefined })));
  f.chairmanships.forEach((ch, i) => evidence.push({ kind: "chairmanship", factId: chairs[i]!, list: ch.evidence }));

  await insertEvidence(c, articleId, evidence);
}
