import { PG_KNOWLEDGE_SIGS_SQL, PG_KNOWLEDGE_SQL } from "./knowledge/migration.ts";

/**
 * Numbered migrations of the PostgreSQL schema; each runs once, in order, and is recorded in schema_version.
 * SCHEMA.md arrays are jsonb; the columns the filters use are plain, indexed columns. Never edit a released
 * migration: add the next number.
 */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE articles (
  id SERIAL PRIMARY KEY, hash TEXT NOT NULL UNIQUE, slug TEXT NOT NULL, source TEXT NOT NULL, url TEXT, title TEXT,
  published TEXT, outlet TEXT, dateline TEXT, text TEXT NOT NULL, facts TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_outlet ON articles(lower(outlet));
CREATE INDEX articles_tsv ON articles USING gin(tsv);
CREATE TABLE mentions (
  id SERIAL PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, norm TEXT
);
CREATE INDEX mentions_article ON mentions(article_id, start);
CREATE TABLE events (
  id SERIAL PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  kind TEXT NOT NULL, status TEXT NOT NULL, org TEXT, bodies JSONB NOT NULL, name TEXT, start TEXT, "end" TEXT,
  city TEXT, country TEXT, chair TEXT, attendees JSONB NOT NULL, states JSONB NOT NULL, documents_signed INTEGER,
  documents JSONB NOT NULL, person_keys TEXT NOT NULL
);
CREATE INDEX events_org_start ON events(lower(org), start);
CREATE INDEX events_start ON events(start);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_country ON events(lower(country));
CREATE TABLE people (
  id SERIAL PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  name TEXT NOT NULL, aliases JSONB NOT NULL, person_keys TEXT NOT NULL, year TEXT
);
CREATE INDEX people_article ON people(article_id);
CREATE TABLE person_roles (
  id SERIAL PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  title TEXT NOT NULL, "of" TEXT, acting BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX person_roles_person ON person_roles(person_id, ord);
CREATE INDEX person_roles_of ON person_roles(lower("of"));
CREATE TABLE quotes (
  id SERIAL PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  speaker TEXT NOT NULL, text TEXT NOT NULL, "full" TEXT, person_keys TEXT NOT NULL, year TEXT,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple', speaker || ' ' || coalesce("full", text))) STORED
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_tsv ON quotes USING gin(tsv);
CREATE TABLE chairmanships (
  id SERIAL PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, ord INTEGER NOT NULL,
  org TEXT NOT NULL, state TEXT NOT NULL, start TEXT, "end" TEXT
);
CREATE INDEX chairmanships_org ON chairmanships(lower(org), start);
CREATE INDEX chairmanships_state ON chairmanships(lower(state));
CREATE TABLE evidence (
  id SERIAL PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  fact_kind TEXT NOT NULL, fact_id INTEGER NOT NULL, ord INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, rule TEXT NOT NULL
);
CREATE INDEX evidence_fact ON evidence(fact_kind, fact_id, ord);
CREATE INDEX evidence_article ON evidence(article_id);
`,
  },
  { version: 2, sql: PG_KNOWLEDGE_SQL },
  {
    // Web ingest: a near-duplicate copy points to its original, its LSH bands find candidates, the page is kept.
    version: 3,
    sql: `
ALTER TABLE articles ADD COLUMN duplicate_of INTEGER REFERENCES articles(id);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of);
CREATE TABLE article_bands (
  band TEXT NOT NULL, article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE, PRIMARY KEY (band, article_id)
);
CREATE INDEX article_bands_article ON article_bands(article_id);
CREATE TABLE article_html (article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, gz BYTEA NOT NULL);
`,
  },
  { version: 4, sql: PG_KNOWLEDGE_SIGS_SQL },
];
