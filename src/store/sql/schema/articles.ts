import type { FullTextColumn } from "../dialect.ts";
import { type Op, create, index } from "./declare.ts";

const ARTICLE = "int -> articles cascade";

/** What full-text search reads of an article and of a quote (a quote's whole text when the article gives it). */
export const ARTICLE_TEXT: FullTextColumn[] = [
  { name: "title", value: (c) => `coalesce(${c("title")}, '')` },
  { name: "text", value: (c) => c("text") },
];
export const QUOTE_TEXT: FullTextColumn[] = [
  { name: "speaker", value: (c) => c("speaker") },
  { name: "text", value: (c) => `coalesce(${c("full")}, ${c("text")})` },
];

/** Version 1: articles, their mentions and per-article facts. SCHEMA.md arrays are JSON; filtered columns are plain. */
export const ARTICLE_TABLES: Op[] = [
  create("articles", {
    id: "id", hash: "text unique", slug: "text", source: "text", url: "text?", title: "text?", published: "text?",
    outlet: "text?", dateline: "text?", text: "text", facts: "text", ingested_at: "timestamp default now",
  }),
  index("articles_published", "articles", "published"),
  index("articles_outlet", "articles", "outlet"),
  create("mentions", { id: "id", article_id: ARTICLE, kind: "text", start: "int", end: "int", text: "text", norm: "text?" }),
  index("mentions_article", "mentions", "article_id", "start"),
  create("events", {
    id: "id", article_id: ARTICLE, ord: "int", kind: "text", status: "text", org: "text?", bodies: "json", name: "text?",
    start: "text?", end: "text?", city: "text?", country: "text?", chair: "text?", attendees: "json", states: "json",
    documents_signed: "int?", documents: "json", person_keys: "text",
  }),
  index("events_org_start", "events", "org", "start"),
  index("events_start", "events", "start"),
  index("events_article", "events", "article_id"),
  create("people", {
    id: "id", article_id: ARTICLE, ord: "int", name: "text", roles: "json", aliases: "json", person_keys: "text", year: "text?",
  }),
  index("people_article", "people", "article_id"),
  index("people_keys", "people", "person_keys"),
  create("quotes", {
    id: "id", article_id: ARTICLE, ord: "int", speaker: "text", text: "text", full: "text?", person_keys: "text", year: "text?",
  }),
  index("quotes_article", "quotes", "article_id"),
  create("chairmanships", { id: "id", article_id: ARTICLE, ord: "int", org: "text", state: "text", start: "text?", end: "text?" }),
  index("chairmanships_org", "chairmanships", "org", "start"),
  create("evidence", {
    id: "id", article_id: ARTICLE, fact_kind: "text", fact_id: "int", start: "int", end: "int", sentence_start: "int",
    sentence_end: "int", rule: "text",
  }),
  index("evidence_fact", "evidence", "fact_kind", "fact_id"),
  { fullText: "articles", columns: ARTICLE_TEXT },
  { fullText: "quotes", columns: QUOTE_TEXT },
];

/** Version 2: roles become rows, so the country and organization filters on people use an index, not JSON. */
export const PERSON_ROLES: Op[] = [
  create("person_roles", {
    id: "id", person_id: "int -> people cascade", ord: "int", title: "text", of: "text?", acting: "bool default false",
  }),
  // Only SQLite databases ever had roles as JSON; elsewhere the column is new and empty.
  { sql: { sqlite: `INSERT INTO person_roles (person_id, ord, title, "of", acting)
  SELECT p.id, r.key, json_extract(r.value, '$.title'), json_extract(r.value, '$.of'), coalesce(json_extract(r.value, '$.acting'), 0)
  FROM people p, json_each(p.roles) r` } },
  { dropColumn: "roles", table: "people" },
  index("person_roles_person", "person_roles", "person_id", "ord"),
  index("person_roles_of", "person_roles", "ci:of"),
  index("chairmanships_state", "chairmanships", "ci:state"),
  index("events_country", "events", "ci:country"),
  index("evidence_article", "evidence", "article_id"),
];

/** Version 4: a near-duplicate copy points to its original, its LSH bands find candidates, the page is kept. */
export const COPIES: Op[] = [
  { addColumn: "duplicate_of", table: "articles", spec: "int? -> articles" },
  index("articles_duplicate_of", "articles", "duplicate_of"),
  create("article_bands", { band: "text", article_id: ARTICLE }, { primaryKey: ["band", "article_id"], withoutRowid: true }),
  index("article_bands_article", "article_bands", "article_id"),
  create("article_html", { article_id: "int -> articles cascade", gz: "bytes" }, { primaryKey: ["article_id"] }),
];

/**
 * Version 10: what confirming a near-duplicate candidate needs, in a small row: the article's shingles
 * (dedup/minhash.ts, 32-bit integers) and its original. Read from the article row instead, the original sits after
 * the text and the facts, and reaching it read their overflow pages for every candidate.
 */
export const COPY_SHINGLES: Op[] = [
  create("article_copies", { article_id: "int -> articles cascade", duplicate_of: "int?", sh: "bytes" }, { primaryKey: ["article_id"] }),
];
