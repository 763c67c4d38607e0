/**
 * Tables of the knowledge layer (src/knowledge): per-article mentions with their blocking keys, the merged groups
 * (events, people) they belong to, dated roles and topic tags. Merged objects are kept as JSON; the columns the
 * queries filter and sort on are plain, indexed columns.
 */
export const KNOWLEDGE_MIGRATION = {
  version: 3,
  sql: `
CREATE TABLE k_articles (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, slug TEXT NOT NULL);
CREATE TABLE k_mentions (
  kind TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  slug TEXT NOT NULL, fact TEXT NOT NULL, evidence TEXT NOT NULL, grp TEXT,
  PRIMARY KEY (kind, article_id, idx)
);
CREATE INDEX k_mentions_grp ON k_mentions(kind, grp);
CREATE TABLE k_blocks (
  kind TEXT NOT NULL, block TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL
);
CREATE INDEX k_blocks_block ON k_blocks(kind, block);
CREATE TABLE k_groups (
  kind TEXT NOT NULL, key TEXT NOT NULL, org TEXT, start TEXT, name TEXT, conflicts INTEGER NOT NULL, data TEXT NOT NULL,
  PRIMARY KEY (kind, key)
);
CREATE INDEX k_groups_start ON k_groups(kind, start);
CREATE TABLE k_roles (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL, slug TEXT NOT NULL,
  title TEXT NOT NULL, "of" TEXT, acting INTEGER NOT NULL, date TEXT
);
CREATE INDEX k_roles_person ON k_roles(article_id, idx);
CREATE TABLE k_topics (
  kind TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
  slug TEXT NOT NULL, topic TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
  year TEXT, evidence TEXT NOT NULL
);
CREATE INDEX k_topics_mention ON k_topics(kind, article_id, idx);
`,
};

/**
 * Grouping signatures (src/knowledge/engine/kinds.ts): candidates for a new mention are the distinct signatures
 * under its blocking keys, so the work per article follows its neighbours' distinct names, not the store's size.
 * Mentions stored before have a null sig and are signed once by the engine.
 */
export const KNOWLEDGE_SIGS_MIGRATION = {
  version: 5,
  sql: `
ALTER TABLE k_mentions ADD COLUMN sig TEXT;
CREATE INDEX k_mentions_sig ON k_mentions(kind, sig, grp);
CREATE TABLE k_sigs (kind TEXT NOT NULL, block TEXT NOT NULL, sig TEXT NOT NULL, PRIMARY KEY (kind, block, sig)) WITHOUT ROWID;
CREATE INDEX k_articles_slug ON k_articles(slug);
`,
};
