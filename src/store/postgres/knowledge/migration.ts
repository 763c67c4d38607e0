/** Tables of the knowledge layer on PostgreSQL (same shape as the SQLite ones; merged objects kept as JSONB). */
export const PG_KNOWLEDGE_SQL = `
CREATE TABLE IF NOT EXISTS k_articles (article_id BIGINT PRIMARY KEY, slug TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS k_articles_slug ON k_articles(slug);
CREATE TABLE IF NOT EXISTS k_mentions (
  kind TEXT NOT NULL, article_id BIGINT NOT NULL, idx INTEGER NOT NULL, slug TEXT NOT NULL,
  fact JSONB NOT NULL, evidence JSONB NOT NULL, grp TEXT, PRIMARY KEY (kind, article_id, idx)
);
CREATE INDEX IF NOT EXISTS k_mentions_grp ON k_mentions(kind, grp);
CREATE TABLE IF NOT EXISTS k_blocks (kind TEXT NOT NULL, block TEXT NOT NULL, article_id BIGINT NOT NULL, idx INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS k_blocks_block ON k_blocks(kind, block);
CREATE TABLE IF NOT EXISTS k_groups (
  kind TEXT NOT NULL, key TEXT NOT NULL, org TEXT, start TEXT, name TEXT, conflicts BOOLEAN NOT NULL, data JSONB NOT NULL,
  PRIMARY KEY (kind, key)
);
CREATE INDEX IF NOT EXISTS k_groups_start ON k_groups(kind, start);
CREATE TABLE IF NOT EXISTS k_roles (
  article_id BIGINT NOT NULL, idx INTEGER NOT NULL, slug TEXT NOT NULL, title TEXT NOT NULL, "of" TEXT, acting BOOLEAN NOT NULL, date TEXT
);
CREATE INDEX IF NOT EXISTS k_roles_person ON k_roles(article_id, idx);
CREATE TABLE IF NOT EXISTS k_topics (
  kind TEXT NOT NULL, article_id BIGINT NOT NULL, idx INTEGER NOT NULL, slug TEXT NOT NULL, topic TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, year TEXT, evidence JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS k_topics_mention ON k_topics(kind, article_id, idx);
`;

/** Grouping signatures, as in the SQLite knowledge migration (candidates are distinct signatures under blocks). */
export const PG_KNOWLEDGE_SIGS_SQL = `
ALTER TABLE k_mentions ADD COLUMN IF NOT EXISTS sig TEXT;
CREATE INDEX IF NOT EXISTS k_mentions_sig ON k_mentions(kind, sig, grp);
CREATE TABLE IF NOT EXISTS k_sigs (kind TEXT NOT NULL, block TEXT NOT NULL, sig TEXT NOT NULL, PRIMARY KEY (kind, block, sig));
`;
