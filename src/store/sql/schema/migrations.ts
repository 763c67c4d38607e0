import { ARTICLE_TABLES, ARTICLE_TEXT, COPIES, COPY_SHINGLES, PERSON_ROLES, QUOTE_TEXT } from "./articles.ts";
import { type Migration, index } from "./declare.ts";
import { KNOWLEDGE_REFERENCES, KNOWLEDGE_SIGS, KNOWLEDGE_STALE_GROUPS, KNOWLEDGE_TABLES } from "./knowledge.ts";

/**
 * The store's schema, declared once: numbered steps, each run once, in order, and recorded in schema_version; every
 * adapter's DDL is generated from them (schema/ddl.ts). Never edit a released step: add the next number.
 * Numbers follow the SQLite history; PostgreSQL databases numbered before version 6 are renumbered on open.
 */
export const MIGRATIONS: Migration[] = [
  { version: 1, why: "articles, mentions and facts", ops: ARTICLE_TABLES },
  { version: 2, why: "person roles as rows", ops: PERSON_ROLES },
  { version: 3, why: "knowledge layer", ops: KNOWLEDGE_TABLES },
  { version: 4, why: "near-duplicate copies and source pages", ops: COPIES },
  { version: 5, why: "grouping signatures", ops: KNOWLEDGE_SIGS },
  {
    version: 6,
    why: "one schema: what the two hand-written schemas had come to differ in",
    ops: [
      // Evidence keeps its extraction order explicitly (SQLite relied on row ids).
      { addColumn: "ord", table: "evidence", spec: "int default 0" },
      { sql: { sqlite: `UPDATE evidence SET ord = n.rn FROM (
  SELECT id, row_number() OVER (PARTITION BY fact_kind, fact_id ORDER BY id) - 1 AS rn FROM evidence) n WHERE n.id = evidence.id` } },
      { dropIndex: "evidence_fact" },
      index("evidence_fact", "evidence", "fact_kind", "fact_id", "ord"),
      // Indexes that serve the case-insensitive filters in both engines; the ones only one engine had.
      ...(["events_org_start", "chairmanships_org", "articles_outlet"] as const).map((name) => ({ dropIndex: name })),
      index("events_org_start", "events", "ci:org", "start"),
      index("chairmanships_org", "chairmanships", "ci:org", "start"),
      index("articles_outlet", "articles", "ci:outlet"),
      index("people_keys", "people", "person_keys"),
      // The full-text index follows inserts by itself (SQLite: triggers; PostgreSQL had generated columns already).
      { fullText: "articles", columns: ARTICLE_TEXT },
      { fullText: "quotes", columns: QUOTE_TEXT },
    ],
  },
  { version: 7, why: "knowledge rows reference their article on PostgreSQL too", ops: KNOWLEDGE_REFERENCES },
  {
    version: 8,
    why: "evidence for every value: the slot a row supports and its value",
    ops: [
      { addColumn: "slot", table: "evidence", spec: "text?" },
      { addColumn: "value", table: "evidence", spec: "text?" },
    ],
  },
  { version: 9, why: "big knowledge groups rebuilt as they grow, read from their members meanwhile", ops: KNOWLEDGE_STALE_GROUPS },
  { version: 10, why: "near-duplicate candidates confirmed from stored shingles", ops: COPY_SHINGLES },
];

export const LATEST = MIGRATIONS.at(-1)!.version;
