import type { Evidence } from "../../../extract/types.ts";
import type { SaveArticleInput } from "../../types.ts";
import type { FactKind } from "../../common/evidence-rows.ts";
import { personKeys } from "../../common/keys.ts";
import type { SqlDb } from "../db.ts";
import { insertOrdered, insertRows } from "../insert-rows.ts";

const json = (v: unknown) => JSON.stringify(v);

/** The per-article facts: a statement per table, then every evidence row with its fact's id and its order. */
export async function insertFacts(db: SqlDb, articleId: number, input: SaveArticleInput): Promise<void> {
  const f = input.facts;
  const id = articleId;
  const year = (input.article.published ?? f.published)?.slice(0, 4) ?? null;
  const evidence: { kind: FactKind; factId: number; list: Evidence[] | undefined }[] = [];
  const add = (kind: FactKind, ids: number[], facts: { evidence?: Evidence[] }[]) =>
    facts.forEach((x, i) => evidence.push({ kind, factId: ids[i]!, list: x.evidence }));

  add("event", await insertOrdered(db, "events", ["article_id", "ord", "kind", "status", "org", "bodies", "name", "start", "end",
    "city", "country", "chair", "attendees", "states", "documents_signed", "documents", "person_keys"],
  f.events.map((e, i) => [id, i, e.kind, e.status, e.org, json(e.bodies), e.name, e.start, e.end, e.city, e.country, e.chair,
    json(e.attendees), json(e.states), e.documents_signed, json(e.documents), personKeys([e.chair, ...e.attendees])])), f.events);

  const people = await insertOrdered(db, "people", ["article_id", "ord", "name", "aliases", "person_keys", "year"],
    f.people.map((p, i) => [id, i, p.name, json(p.aliases ?? []), personKeys([p.name]), year]));
  add("person", people, f.people);
  await insertRows(db, "person_roles", ["person_id", "ord", "title", "of", "acting"],
    f.people.flatMap((p, i) => p.roles.map((r, k) => [people[i], k, r.title, r.of, db.dialect.bool(Boolean(r.acting))])));

  add("quote", await insertOrdered(db, "quotes", ["article_id", "ord", "speaker", "text", "full", "person_keys", "year"],
    f.quotes.map((q, i) => [id, i, q.speaker, q.text, q.full ?? null, personKeys([q.speaker]), year])), f.quotes);

  add("chairmanship", await insertOrdered(db, "chairmanships", ["article_id", "ord", "org", "state", "start", "end"],
    f.chairmanships.map((c, i) => [id, i, c.org, c.state, c.start, c.end])), f.chairmanships);

  await insertRows(db, "evidence", ["article_id", "fact_kind", "fact_id", "ord", "start", "end", "sentence_start", "sentence_end", "rule", "slot", "value"],
    evidence.flatMap((x) => (x.list ?? []).map((e, ord) => [id, x.kind, x.factId, ord, e.start, e.end, e.sentence.start, e.sentence.end, e.rule, e.slot ?? null, e.value ?? null])));
}
