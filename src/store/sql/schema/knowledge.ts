import { type Op, create, index } from "./declare.ts";

const ARTICLE = "int -> articles cascade";

/**
 * Version 3: the knowledge layer (src/knowledge): per-article mentions with their blocking keys, the merged groups
 * (events, people) they belong to, dated roles and topic tags. Merged objects are JSON; the columns the queries
 * filter and sort on are plain, indexed columns.
 */
export const KNOWLEDGE_TABLES: Op[] = [
  create("k_articles", { article_id: ARTICLE, slug: "text" }, { primaryKey: ["article_id"] }),
  create("k_mentions", {
    kind: "text", article_id: ARTICLE, idx: "int", slug: "text", fact: "json", evidence: "json", grp: "text?",
  }, { primaryKey: ["kind", "article_id", "idx"] }),
  index("k_mentions_grp", "k_mentions", "kind", "grp"),
  create("k_blocks", { kind: "text", block: "text", article_id: ARTICLE, idx: "int" }),
  index("k_blocks_block", "k_blocks", "kind", "block"),
  create("k_groups", {
    kind: "text", key: "text", org: "text?", start: "text?", name: "text?", conflicts: "bool", data: "json",
  }, { primaryKey: ["kind", "key"] }),
  index("k_groups_start", "k_groups", "kind", "start"),
  create("k_roles", {
    article_id: ARTICLE, idx: "int", slug: "text", title: "text", of: "text?", acting: "bool", date: "text?",
  }),
  index("k_roles_person", "k_roles", "article_id", "idx"),
  create("k_topics", {
    kind: "text", article_id: ARTICLE, idx: "int", slug: "text", topic: "text", start: "int", end: "int", text: "text",
    year: "text?", evidence: "json",
  }),
  index("k_topics_mention", "k_topics", "kind", "article_id", "idx"),
];

/**
 * Version 5: grouping signatures (src/knowledge/engine/kinds.ts): candidates for a new mention are the distinct
 * signatures under its blocking keys, so the work per article follows its neighbours' distinct names, not the store's
 * size. Mentions stored before have a null sig and are signed once by the engine.
 */
export const KNOWLEDGE_SIGS: Op[] = [
  { addColumn: "sig", table: "k_mentions", spec: "text?" },
  index("k_mentions_sig", "k_mentions", "kind", "sig", "grp"),
  create("k_sigs", { kind: "text", block: "text", sig: "text" }, { primaryKey: ["kind", "block", "sig"], withoutRowid: true }),
  index("k_articles_slug", "k_articles", "slug"),
];

/**
 * Version 7: PostgreSQL's hand-written knowledge tables had BIGINT article ids and no foreign keys (rows outlived
 * their article); the declared ones have INTEGER references deleted with the article. Rows of articles that no longer
 * exist are dropped, as the reference would have dropped them.
 */
export const KNOWLEDGE_REFERENCES: Op[] = [{
  sql: {
    postgres: `DO $$ DECLARE t text; BEGIN
  FOREACH t IN ARRAY ARRAY['k_articles', 'k_mentions', 'k_blocks', 'k_roles', 'k_topics'] LOOP
    EXECUTE format('ALTER TABLE %I ALTER COLUMN article_id TYPE INTEGER', t);
    IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(t) AND contype = 'f') THEN
      EXECUTE format('DELETE FROM %I WHERE article_id NOT IN (SELECT id FROM articles)', t);
      EXECUTE format('ALTER TABLE %I ADD FOREIGN KEY (article_id) REFERENCES articles(id) ON DELETE CASCADE', t);
    END IF;
  END LOOP;
END $$`,
  },
}];

/**
 * Version 9: a big group's merged data is rebuilt as it grows, not at every batch (knowledge/engine/merger.ts): the
 * number of members it was built from, and whether members changed since.
 */
export const KNOWLEDGE_STALE_GROUPS: Op[] = [
  { addColumn: "size", table: "k_groups", spec: "int default 0" },
  { addColumn: "stale", table: "k_groups", spec: "bool default false" },
  index("k_groups_stale", "k_groups", "kind", "stale"),
];
