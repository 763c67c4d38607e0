import type { Database } from "better-sqlite3";
import { KNOWLEDGE_MIGRATION, KNOWLEDGE_SIGS_MIGRATION } from "./knowledge/migration.ts";

/**
 * Numbered migrations; each runs once, in order, inside a transaction, and is recorded in schema_version.
 * Facts keep their SCHEMA.md arrays as JSON; the columns the filters use are plain, indexed columns.
 * Never edit a released migration: add the next number.
 */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  id INTEGER PRIMARY KEY, hash TEXT NOT NULL UNIQUE, slug TEXT NOT NULL, source TEXT NOT NULL, url TEXT, title TEXT,
  published TEXT, outlet TEXT, dateline TEXT, text TEXT NOT NULL, facts TEXT NOT NULL,
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(outlet);
CREATE TABLE mentions (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, norm TEXT
);
CREATE INDEX mentions_article ON mentions(article_id, start);
CREATE TABLE events (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  kind TEXT NOT NULL, status TEXT NOT NULL, org TEXT, bodies TEXT NOT NULL, name TEXT, start TEXT, "end" TEXT,
  city TEXT, country TEXT, chair TEXT, attendees TEXT NOT NULL, states TEXT NOT NULL, documents_signed INTEGER,
  documents TEXT NOT NULL, person_keys TEXT NOT NULL
);
CREATE INDEX events_org_start ON events(org, start);
CREATE INDEX events_start ON events(start);
CREATE INDEX events_article ON events(article_id);
CREATE TABLE people (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  name TEXT NOT NULL, roles TEXT NOT NULL, aliases TEXT NOT NULL, person_keys TEXT NOT NULL, year TEXT
);
CREATE INDEX people_article ON people(article_id);
CREATE INDEX people_keys ON people(person_keys);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  speaker TEXT NOT NULL, text TEXT NOT NULL, full TEXT, person_keys TEXT NOT NULL, year TEXT
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE TABLE chairmanships (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  org TEXT NOT NULL, state TEXT NOT NULL, start TEXT, "end" TEXT
);
CREATE INDEX chairmanships_org ON chairmanships(org, start);
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  fact_kind TEXT NOT NULL, fact_id INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, rule TEXT NOT NULL
);
CREATE INDEX evidence_fact ON evidence(fact_kind, fact_id);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE quotes_fts USING fts5(speaker, text, tokenize = 'unicode61 remove_diacritics 2');
`,
  },
  {
    // Roles become rows, so the country and organization filters on people use an index instead of scanning JSON.
    version: 2,
    sql: `
CREATE TABLE person_roles (
  id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  title TEXT NOT NULL, "of" TEXT, acting INTEGER NOT NULL DEFAULT 0
);
INSERT INTO person_roles (person_id, ord, title, "of", acting)
  SELECT p.id, r.key, json_extract(r.value, '$.title'), json_extract(r.value, '$.of'), coalesce(json_extract(r.value, '$.acting'), 0)
  FROM people p, json_each(p.roles) r;
ALTER TABLE people DROP COLUMN roles;
CREATE INDEX person_roles_person ON person_roles(person_id, ord);
CREATE INDEX person_roles_of ON person_roles("of" COLLATE NOCASE);
CREATE INDEX chairmanships_state ON chairmanships(state COLLATE NOCASE);
CREATE INDEX events_country ON events(country COLLATE NOCASE);
CREATE INDEX evidence_article ON evidence(article_id);
`,
  },
  KNOWLEDGE_MIGRATION,
  {
    // Web ingest: a near-duplicate copy points to its original, its LSH bands find candidates, the page is kept.
    version: 4,
    sql: `
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE TABLE article_bands (
  band TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
CREATE INDEX article_bands_article ON article_bands(article_id);
CREATE TABLE article_html (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, gz BLOB NOT NULL);
`,
  },
  KNOWLEDGE_SIGS_MIGRATION,
];
